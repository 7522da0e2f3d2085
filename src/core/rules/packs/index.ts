import { TemplateId } from '../../schedules/model';
import { PackPart, templateSet } from '../../templates';
import { mergeRules } from '../merge';
import { RulePack, parseRulePack } from '../pack-format';

/** By set object (a set registered again under the same id gets its own packs), then by the files chosen. */
const cache = new WeakMap<object, Map<string, RulePack>>();

/** True when a pack file applies to a workbook of `year` (undefined: not known). */
export function partApplies(part: PackPart, year: number | undefined): boolean {
  if (!part.years) return true;
  if (year === undefined) return false;
  return (part.years.from === undefined || year >= part.years.from) && (part.years.to === undefined || year <= part.years.to);
}

/**
 * The built-in rule pack of a template for a fiscal year: the set's pack files
 * (src/core/templates) that apply to the year, merged by rule id in order (a later file may
 * replace or disable a rule of an earlier one). A file bound to years applies only when the
 * year is known and inside the bound.
 * @throws RulePackError when a built-in file is malformed (a defect, caught by the tests)
 * @example builtInPack('sichuan2021').rules.some((r) => r.id === 'X-10') === true
 * @example builtInPack('national', 2019) // common.json + national.json, without common-2020.json
 */
export function builtInPack(template: TemplateId, year?: number): RulePack {
  const set = templateSet(template);
  const parts = set.packs.filter((p) => partApplies(p, year));
  const key = parts.map((p) => p.file).join('\u0001');
  let bySet = cache.get(set);
  if (!bySet) cache.set(set, (bySet = new Map()));
  const hit = bySet.get(key);
  if (hit) return hit;
  const parsed = parts.map((p) => parseRulePack(p.json, `内置规则包 ${p.file}`));
  const pack: RulePack = {
    id: `builtin-${template}`,
    template,
    description: parsed.map((p) => p.description).join('；'),
    rules: mergeRules(parsed[0].rules, parsed.slice(1), template),
  };
  bySet.set(key, pack);
  return pack;
}
