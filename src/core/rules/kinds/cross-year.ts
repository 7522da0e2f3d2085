import { field } from '../field-spec';
import { compareSides, unresolvedFinding } from '../compare';
import { modelUnit, resolveCell } from '../context';
import { CrossYearRule } from '../spec';
import { RuleKind } from './kind';

/**
 * This year's figure = last year's figure (Y-01: 年初结转和结余 = 上年年末结转和结余). Not
 * applicable when no prior-year workbook is given.
 * @example { "kind": "cross-year", "current": { "schedule": "T01", "row": "年初结转和结余", "col": "金额" },
 *            "prior": { "schedule": "T01", "row": "年末结转和结余", "col": "金额" } }
 */
export const crossYearKind: RuleKind<CrossYearRule> = {
  kind: 'cross-year',
  summary: { zh: '本年的数 = 上年的数（需要 --prior）', en: "this year's figure = last year's (needs `--prior`)" },
  fields: [
    field('current', 'cell-operand', '本年的数', "this year's figure", true),
    field('prior', 'cell-operand', '上年的数（需要上年决算表）', "last year's figure (needs last year's workbook)", true),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({ ...base, kind: 'cross-year', current: r.cellOperand('current'), prior: r.cellOperand('prior') }),
  run(rule, { model, prior }) {
    const unit = modelUnit(model);
    if (!prior) {
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason: '未提供上年决算表，跨年核对不适用', schedule: rule.current.schedule }, unit)];
    }
    const cur = resolveCell(model, rule.current);
    if (!cur.ok) return [unresolvedFinding(rule, cur.why, unit)];
    const pri = resolveCell(prior, rule.prior, true);
    if (!pri.ok) return [unresolvedFinding(rule, pri.why, cur.value.sched.unit)];
    const f = compareSides(rule, { left: [cur.value], right: [pri.value], relation: 'eq', n: 1 });
    // Last year's cells live in another workbook: a jump there would land on the wrong sheet.
    return [{ ...f, cells: cur.value.cell ? [cur.value.cell.ref] : [] }];
  },
};
