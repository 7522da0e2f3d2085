import { TemplateId } from '../../schedules/model';
import { mergeRules } from '../merge';
import { RulePack, parseRulePack } from '../pack-format';
import common from './common.json';
import national from './national.json';
import sichuan2021 from './sichuan2021.json';
import sichuan2023 from './sichuan2023.json';
import sichuanCommon from './sichuan-common.json';

/** The JSON files that make up each template's built-in pack, in merge order. */
const PARTS: Record<TemplateId, { file: string; json: unknown }[]> = {
  national: [
    { file: 'common.json', json: common },
    { file: 'national.json', json: national },
  ],
  sichuan2021: [
    { file: 'common.json', json: common },
    { file: 'sichuan-common.json', json: sichuanCommon },
    { file: 'sichuan2021.json', json: sichuan2021 },
  ],
  sichuan2023: [
    { file: 'common.json', json: common },
    { file: 'sichuan-common.json', json: sichuanCommon },
    { file: 'sichuan2023.json', json: sichuan2023 },
  ],
};

const cache = new Map<TemplateId, RulePack>();

/**
 * The built-in rule pack of a template: the shared rules plus the template's own, merged by
 * rule id (a later file may replace or disable a shared rule).
 * @throws RulePackError when a built-in file is malformed (a defect, caught by the tests)
 * @example builtInPack('sichuan2021').rules.some((r) => r.id === 'X-10') === true
 */
export function builtInPack(template: TemplateId): RulePack {
  const hit = cache.get(template);
  if (hit) return hit;
  const parts = PARTS[template].map((p) => parseRulePack(p.json, `内置规则包 ${p.file}`));
  const pack: RulePack = {
    id: `builtin-${template}`,
    template,
    description: parts.map((p) => p.description).join('；'),
    rules: mergeRules(parts[0].rules, parts.slice(1), template),
  };
  cache.set(template, pack);
  return pack;
}
