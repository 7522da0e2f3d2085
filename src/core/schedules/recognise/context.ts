import { Unit } from '../../grid/units';
import { ScheduleDef } from '../catalogue/schedules';
import { ColumnInfo, RecognitionIssue, RowInfo, ScheduleId, ValueCell, valueKey } from '../model';
import { Body } from './body';
import { MatchedColumn } from './columns';
import { readValue } from './cells';
import { TableFrame } from './header';
import { SheetIndex } from './sheet-index';

/** Everything a layout reader needs about one schedule area. */
export interface ReadContext {
  ix: SheetIndex;
  def: ScheduleDef;
  id: ScheduleId;
  unit: Unit;
  frame: TableFrame;
  body: Body;
  /** Title text and address, for messages. */
  title: string;
  titleAddress: string;
  issues: RecognitionIssue[];
}

/** What a layout reader extracts: rows, columns and the figures at their crossings. */
export interface TableContent {
  rows: RowInfo[];
  columns: ColumnInfo[];
  values: Map<string, ValueCell>;
  stats: Map<string, ValueCell>;
}

export function emptyContent(): TableContent {
  return { rows: [], columns: [], values: new Map(), stats: new Map() };
}

/**
 * Row keys stay unique: a code seen again becomes `${code}#2`, `${code}#3` … with
 * `duplicateOf` naming the first, so rules can both use and report it.
 */
export class RowKeys {
  private readonly seen = new Map<string, number>();

  take(key: string): { key: string; duplicateOf?: string } {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return n === 1 ? { key } : { key: `${key}#${n}`, duplicateOf: key };
  }
}

/** Store the row's cell in every column, blanks included, so rules can point at them. */
export function putRow(ctx: ReadContext, out: TableContent, rowKey: string, r: number, cols: MatchedColumn[]): void {
  for (const m of cols) out.values.set(valueKey(rowKey, m.key), readValue(ctx.ix, r, m.col, m.kind, ctx.unit));
}

/** Column infos without repeats (both blocks of T01 have a 金额 column). */
export function columnInfos(cols: MatchedColumn[]): ColumnInfo[] {
  const seen = new Set<string>();
  const out: ColumnInfo[] = [];
  for (const m of cols) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    out.push({ key: m.key, label: m.label, kind: m.kind });
  }
  return out;
}

/** The lowest header row, where column headers are pointed at in messages. */
export function headerRowOf(frame: TableFrame): number {
  return frame.headerRows[frame.headerRows.length - 1] ?? frame.headerStart;
}
