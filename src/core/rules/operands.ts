import { WorkbookModel } from '../schedules/model';
import { OperandValue, Resolution, Unresolved, cellValue, pickColumn, resolveCell, resolveSchedule, titleOf } from './context';
import { selectRows } from './rows';
import { Operand, isRowsOperand } from './spec';

const SELECTOR_NAMES = { all: '数据', subjects: '科目', classes: '类级科目', income: '收入', expenditure: '支出' } as const;

/**
 * Resolve a list of operands, expanding row selectors (Σ class rows) into one value per
 * row. Fails with the first reason an operand cannot be used; optional rows that are
 * absent count as zero.
 */
export function resolveOperands(model: WorkbookModel, ops: Operand[]): { ok: true; values: OperandValue[] } | { ok: false; why: Unresolved } {
  const values: OperandValue[] = [];
  for (const op of ops) {
    if (isRowsOperand(op)) {
      const s = resolveSchedule(model, op.schedule);
      if (!s.ok) return s;
      const col = pickColumn(s.sched, op.col);
      const title = titleOf(op.schedule, s.sched);
      if (!col) return { ok: false, why: { outcome: 'not_applicable', reason: `${title}没有“${op.col.join('”或“')}”栏，不适用`, schedule: op.schedule } };
      const rows = selectRows(s.sched, op.rows);
      if (rows.length === 0) return { ok: false, why: { outcome: 'not_applicable', reason: `${title}没有${SELECTOR_NAMES[op.rows]}行，不适用`, schedule: op.schedule } };
      for (const r of rows) values.push(cellValue(s.sched, r.key, col, op.negate));
      continue;
    }
    const res: Resolution = resolveCell(model, op);
    if (!res.ok) return res;
    values.push(res.value);
  }
  return { ok: true, values };
}

/** True when no operand names a row that exists (every optional row was absent). */
export function allAbsent(values: OperandValue[]): boolean {
  return values.every((v) => !v.row);
}
