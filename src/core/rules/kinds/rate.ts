import { field } from '../field-spec';
import { cellsOf, unreadableFinding, unresolvedFinding } from '../compare';
import { cellValue, hasColumn, modelUnit, pickColumn, resolveSchedule, rowName, titleOf } from '../context';
import { Finding } from '../finding';
import { FEN_PER_UNIT, NOT_A_FIGURE, formatAmount } from '../../grid/units';
import { RateRule } from '../spec';
import { RuleKind } from './kind';

/** A rate in percent with two decimals: 98.50%. */
function pct(p: number): string {
  if (!Number.isFinite(p)) return NOT_A_FIGURE;
  return `${p.toFixed(2)}%`;
}

/**
 * T05-R03: the completion rate (决算 / 预算) is computed, never read; the stated rate column
 * must agree within 0.01 percentage point (or half a unit of the template's last decimal).
 * Rate cells hold hundredths of a percentage point (98.50% → 9850). A disagreement that the
 * rounding of the two amounts can explain is info; beyond it, the rule's severity.
 * @example { "kind": "rate", "schedule": "T05", "actual": "合计", "budget": ["全年预算数", "年初预算数"], "rate": "完成预算" }
 */
export const rateKind: RuleKind<RateRule> = {
  kind: 'rate',
  summary: { zh: '所填完成率 = 决算数 / 预算数（计算，不读取）', en: 'a stated completion rate = 决算 / 预算, computed' },
  fields: [
    field('schedule', 'schedule', '要核对的表', 'the schedule to check', true),
    field('actual', 'text', '决算数栏', 'the actual column', true),
    field('budget', 'text-list', '预算数栏（可列出备选，先有先用）', 'the budget column (alternatives, first present wins)', true),
    field('rate', 'text', '完成率栏', 'the stated rate column', true),
    field('decimals', 'number', '完成率的小数位数（默认 2）', 'decimals of the rate (default 2)'),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({
    ...base,
    kind: 'rate',
    schedule: r.scheduleId('schedule'),
    actual: r.string('actual'),
    budget: r.stringList('budget'),
    rate: r.string('rate'),
    decimals: r.optionalNumber('decimals') ?? 2,
  }),
  run(rule, { model }) {
    const s = resolveSchedule(model, rule.schedule);
    if (!s.ok) return [unresolvedFinding(rule, s.why, modelUnit(model))];
    const sched = s.sched;
    const title = titleOf(sched.id, sched);
    const budgetCol = pickColumn(sched, rule.budget);
    const has = (k: string) => hasColumn(sched, k);
    if (!budgetCol || !has(rule.rate) || !has(rule.actual)) {
      const reason = `${title}没有预算数或完成率栏，不适用`;
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason, schedule: sched.id }, sched.unit)];
    }
    const tolPP = Math.max(0.01, 0.5 * 10 ** -rule.decimals) + 1e-9;
    const half = FEN_PER_UNIT[sched.unit] / 200;
    const out: Finding[] = [];
    for (const row of sched.rows) {
      const a = cellValue(sched, row.key, rule.actual);
      const b = cellValue(sched, row.key, budgetCol);
      const r = cellValue(sched, row.key, rule.rate);
      if (!a.cell && !b.cell && !r.cell) continue;
      const values = [r, a, b];
      const unreadable = unreadableFinding(rule, values, false);
      if (unreadable) {
        out.push(unreadable);
        continue;
      }
      const A = a.fen as number;
      const B = b.fen as number;
      const statedBlank = !r.cell || r.cell.parsed.kind === 'blank';
      const stated = (r.fen as number) / 100;
      const name = rowName(row, row.key);
      const base = { rule: rule.id, unit: sched.unit, cells: cellsOf(values), schedule: sched.id };
      const amounts = `决算数 ${formatAmount(A, sched.unit)} ÷ ${budgetCol} ${formatAmount(B, sched.unit)}`;
      if (B === 0) {
        if (statedBlank || stated === 0) out.push({ ...base, severity: 'info', outcome: 'pass', message: `${title}：${name} 预算数为 0，未列完成率` });
        else out.push({ ...base, severity: rule.severity, outcome: 'fail', message: `${title}：${name} ${budgetCol}为 0，${rule.rate}却为 ${pct(stated)}` });
        continue;
      }
      const computed = (A / B) * 100;
      if (statedBlank) {
        out.push({ ...base, severity: 'warning', outcome: 'fail', message: `${title}：${name} 未填${rule.rate}，按 ${amounts} 应为 ${pct(computed)}` });
        continue;
      }
      const gap = Math.abs(stated - computed);
      if (gap <= tolPP) {
        out.push({ ...base, severity: 'info', outcome: 'pass', message: `${title}：${name} ${rule.rate} ${pct(stated)} = ${amounts}` });
        continue;
      }
      // Rounded amounts bound the true rate; the stated rate may come from unrounded figures.
      const lo = sched.unit === '元' ? computed : ((A - half) / (B + half)) * 100;
      const hi = sched.unit === '元' || B - half <= 0 ? computed : ((A + half) / (B - half)) * 100;
      const within = stated >= Math.min(lo, hi) - tolPP && stated <= Math.max(lo, hi) + tolPP;
      const msg = `${title}：${name} ${rule.rate} ${pct(stated)} ≠ ${amounts} = ${pct(computed)}，相差 ${gap.toFixed(2)} 个百分点`;
      out.push({ ...base, severity: within ? 'info' : rule.severity, outcome: 'fail', message: within ? `${msg}，在金额四舍五入误差以内` : msg });
    }
    if (out.length === 0) {
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason: `${title}没有预算数据，不适用`, schedule: sched.id }, sched.unit)];
    }
    return out;
  },
};
