import { ScheduleId, WorkbookModel, valueKey } from '../../../src/core/schedules/model';

/** Set one figure of a recognised model (keeping its cell), to make edge cases from fixtures. */
export function setFen(model: WorkbookModel, schedule: ScheduleId, row: string, col: string, fen: number): void {
  const inst = model.schedules.get(schedule);
  const cell = inst?.values.get(valueKey(row, col));
  if (!inst || !cell) throw new Error(`no ${schedule} ${row} ${col}`);
  inst.values.set(valueKey(row, col), { ref: cell.ref, parsed: { kind: 'number', fen, fromText: false } });
}

/** The figure of a recognised model, in 分. */
export function getFenOf(model: WorkbookModel, schedule: ScheduleId, row: string, col: string): number {
  const cell = model.schedules.get(schedule)?.values.get(valueKey(row, col));
  if (!cell || cell.parsed.kind !== 'number') throw new Error(`no number at ${schedule} ${row} ${col}`);
  return cell.parsed.fen;
}
