import { TemplateId } from '../schedules/model';
import { RulePack } from './pack-format';
import { RuleSpec } from './spec';

/**
 * Merge packs by rule id: a rule with a new id is added; one with an existing id replaces
 * every built-in spec of that id (in place, where the first of them stood); `"disabled": true`
 * removes it. Packs made for another template are skipped.
 *
 * Linear in the number of rules: each spec sits in a slot, an id remembers its slots, and
 * replacing an id empties its slots but the first instead of rebuilding the list.
 * @example mergeRules(builtInPack('national').rules, [departmentPack], 'national')
 */
export function mergeRules(base: RuleSpec[], packs: RulePack[], template: TemplateId): RuleSpec[] {
  // Most workbooks have no pack of their own: the built-in rules as they are (a new list).
  if (packs.length === 0) return [...base];
  const slots: RuleSpec[][] = [];
  const slotsOf = new Map<string, number[]>();
  const place = (id: string, specs: RuleSpec[]): void => {
    const list = slotsOf.get(id);
    if (list) list.push(slots.length);
    else slotsOf.set(id, [slots.length]);
    slots.push(specs);
  };
  for (const rule of base) place(rule.id, [rule]);
  for (const pack of packs) {
    if (pack.template && pack.template !== 'any' && pack.template !== template) continue;
    const incoming = new Map<string, RuleSpec[]>();
    for (const r of pack.rules) {
      const list = incoming.get(r.id) ?? [];
      if (r.kind !== 'disabled') list.push(r);
      incoming.set(r.id, list);
    }
    for (const [id, specs] of incoming) {
      const at = slotsOf.get(id);
      if (!at) {
        if (specs.length > 0) place(id, specs);
        continue;
      }
      for (const i of at) slots[i] = [];
      if (specs.length === 0) {
        slotsOf.delete(id);
        continue;
      }
      slots[at[0]] = specs;
      slotsOf.set(id, [at[0]]);
    }
  }
  return slots.flat();
}
