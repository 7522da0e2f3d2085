import { TemplateId } from '../schedules/model';
import { RulePack } from './pack-format';
import { RuleSpec } from './spec';

/**
 * Merge packs by rule id: a rule with a new id is added; one with an existing id replaces
 * every built-in spec of that id (in place); `"disabled": true` removes it. Packs made for
 * another template are skipped.
 */
export function mergeRules(base: RuleSpec[], packs: RulePack[], template: TemplateId): RuleSpec[] {
  let rules = [...base];
  for (const pack of packs) {
    if (pack.template && pack.template !== 'any' && pack.template !== template) continue;
    const ids = [...new Set(pack.rules.map((r) => r.id))];
    for (const id of ids) {
      const incoming = pack.rules.filter((r) => r.id === id && r.kind !== 'disabled');
      const at = rules.findIndex((r) => r.id === id);
      const rest = rules.filter((r) => r.id !== id);
      if (at < 0) rules = [...rest, ...incoming];
      else rules = [...rest.slice(0, at), ...incoming, ...rest.slice(at)];
    }
  }
  return rules;
}
