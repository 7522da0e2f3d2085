import { TemplateId } from '../../schedules/model';
import { templateSet } from '../../templates';
import { mergeRules } from '../merge';
import { RulePack, parseRulePack } from '../pack-format';

/** By set object, so a set registered again under the same id gets its own pack. */
const cache = new WeakMap<object, RulePack>();

/**
 * The built-in rule pack of a template: its set's pack files (src/core/templates) merged by
 * rule id in order (a later file may replace or disable a shared rule).
 * @throws RulePackError when a built-in file is malformed (a defect, caught by the tests)
 * @example builtInPack('sichuan2021').rules.some((r) => r.id === 'X-10') === true
 */
export function builtInPack(template: TemplateId): RulePack {
  const set = templateSet(template);
  const hit = cache.get(set);
  if (hit) return hit;
  const parts = set.packs.map((p) => parseRulePack(p.json, `内置规则包 ${p.file}`));
  const pack: RulePack = {
    id: `builtin-${template}`,
    template,
    description: parts.map((p) => p.description).join('；'),
    rules: mergeRules(parts[0].rules, parts.slice(1), template),
  };
  cache.set(set, pack);
  return pack;
}
