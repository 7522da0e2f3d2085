import { Unit } from '../../grid/units';
import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, flag, parsePlausibility, passOrFindings, schedulesOf } from './plausibility-common';

/**
 * P-02: a schedule whose unit differs from the others' (元 among 万元), and schedules that do
 * not declare their unit (the reader assumed 万元).
 * @example { "kind": "unit-consistency" }
 */
export const unitConsistencyKind: RuleKind<PlausibilityRule> = {
  kind: 'unit-consistency',
  summary: { zh: '各表金额单位一致且写明（P-02）', en: 'one declared unit for all schedules (P-02)' },
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'warning',
  parse: parsePlausibility('unit-consistency'),
  run(rule, ctx) {
    const scheds = schedulesOf(rule, ctx);
    const declared = scheds.filter((s) => s.unitDeclared);
    const counts = new Map<Unit, number>();
    for (const s of declared) counts.set(s.unit, (counts.get(s.unit) ?? 0) + 1);
    // The majority unit; on a tie, T01's (the first schedule's) unit.
    let usual: Unit | undefined = declared[0]?.unit;
    for (const [u, n] of counts) if (usual === undefined || n > (counts.get(usual) ?? 0)) usual = u;
    const out: Finding[] = [];
    for (const s of scheds) {
      if (!s.unitDeclared) out.push(flag(rule, s, `未注明金额单位，已按 ${s.unit} 读取，请核实`, [s.titleRef]));
      else if (usual && s.unit !== usual) out.push(flag(rule, s, `金额单位为 ${s.unit}，与其他表（${usual}）不一致`, [s.titleRef]));
    }
    return passOrFindings(rule, ctx, out, '金额单位不一致或未注明单位的表');
  },
};
