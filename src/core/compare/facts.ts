import { countedFen } from '../grid/amount';
import { Fen } from '../grid/units';
import { ScheduleId, WorkbookModel, getValue } from '../schedules/model';
import { FigureSource } from '../narrative/document';

/**
 * Facts: figures read from a workbook model together with where they came from, so every
 * number of the report can name its cell (narrative.md §3).
 */
export interface Fact {
  /** The amount in 分 (or a plain count for count facts). */
  value: number;
  sources: FigureSource[];
}

/**
 * The figure of (schedule, row, col) in `model`, with its source; undefined when the schedule,
 * row or column is absent or the cell cannot be read as a number (blank counts as 0).
 * @example fact(model, 'T01', '收入总计', '金额')?.value
 */
export function fact(model: WorkbookModel | undefined, schedule: ScheduleId, row: string, col: string): Fact | undefined {
  if (!model) return undefined;
  const cell = getValue(model, schedule, row, col);
  if (!cell) return undefined;
  const fen = countedFen(cell.parsed);
  if (fen === undefined) return undefined;
  const source: FigureSource = { schedule, row, col, ref: cell.ref };
  if (model.year !== undefined) source.year = model.year;
  return { value: fen, sources: [source] };
}

/** The first of several (schedule, row, col) candidates that exists, e.g. T09E before T09. */
export function firstFact(model: WorkbookModel | undefined, candidates: [ScheduleId, string, string][]): Fact | undefined {
  for (const [s, r, c] of candidates) {
    const f = fact(model, s, r, c);
    if (f) return f;
  }
  return undefined;
}

/** A count statistic (三公 团组数 …) of a schedule, with its source. */
export function statFact(model: WorkbookModel | undefined, schedule: ScheduleId, key: string): Fact | undefined {
  const cell = model?.schedules.get(schedule)?.stats.get(key);
  if (!cell || cell.parsed.kind !== 'number') return undefined;
  const source: FigureSource = { schedule, row: key, col: '统计数', ref: cell.ref };
  if (model?.year !== undefined) source.year = model.year;
  return { value: cell.parsed.fen, sources: [source] };
}

/** Sum of facts; undefined when any is missing. Sources are concatenated. */
export function sumFacts(facts: (Fact | undefined)[]): Fact | undefined {
  if (facts.some((f) => f === undefined)) return undefined;
  return { value: facts.reduce((a, f) => a + f!.value, 0), sources: facts.flatMap((f) => f!.sources) };
}

/** A fact's value, or 0 when absent (for optional lines such as a class only one year has). */
export function valueOr0(f: Fact | undefined): Fen {
  return f?.value ?? 0;
}
