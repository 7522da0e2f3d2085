import { ParsedAmount, countedFen } from '../grid/amount';
import { CellRef } from '../grid/sheet-grid';
import { Fen, Unit } from '../grid/units';

/**
 * The workbook model: what the recogniser found in a workbook's sheets. Rules, comparisons
 * and the narrative read this, never the grids.
 */

/** Regional template sets (schedules.md §1). */
/** A template set's id in the registry (src/core/templates): national, sichuan2021, sichuan2023 … */
export type TemplateId = string;

/**
 * Schedule ids. T01–T09 are the national tables; the rest are Sichuan extras:
 * T05D 财政拨款支出决算明细表 (五), T05DG 一般公共预算财政拨款支出决算明细表 (七),
 * T05P 一般公共预算财政拨款项目支出决算表 (九), T08S 政府性基金预算财政拨款“三公”经费支出决算表
 * (2021 十二), T09E 国有资本经营预算财政拨款支出决算表 (Sichuan 十四 / 2023 十二; in the
 * national set that title is T09).
 */
export type ScheduleId =
  | 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'T07' | 'T08' | 'T09'
  | 'T05D' | 'T05DG' | 'T05P' | 'T08S' | 'T09E';

/** What kind of figure a column holds. Rates are in hundredths of a percentage point. */
export type ColumnKind = 'amount' | 'rate' | 'count';

/** One figure read from a schedule: its cell and what the cell held. */
export interface ValueCell {
  ref: CellRef;
  parsed: ParsedAmount;
}

export interface RowInfo {
  /** Row key used by rules: a normalised item name (收入总计), a subject code (2060101), or 合计. */
  key: string;
  /** The label as written in the sheet (without numbering such as "一、"). */
  label: string;
  /** Subject code for functional or economic classification rows. */
  code?: string;
  /** 1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7) for classification rows. */
  level?: number;
  /** Which side of a two-block sheet the row is on (T01/T04 income | expenditure). */
  block?: string;
  /** 0-based grid row where the row's label sits. */
  gridRow: number;
  /** Set on the second and later rows that repeat a code already seen in the schedule. */
  duplicateOf?: string;
}

export interface ColumnInfo {
  /** Column key used by rules (基本支出, 合计, 预算数 …). */
  key: string;
  /** The header text as read, levels joined with "/". */
  label: string;
  /**
   * How the column's ValueCells are stored in ParsedAmount.fen: 'amount' in 分; 'rate' in
   * hundredths of a percentage point (98.5% → 9850, whether the cell holds 0.985 with a %
   * format, the text "98.5%" or a plain 98.5); 'count' as the plain whole number (三公 stats).
   */
  kind: ColumnKind;
}

export interface ScheduleInstance {
  id: ScheduleId;
  /** The title text as found in the sheet. */
  title: string;
  /** The title as the catalogue names it. */
  canonicalTitle: string;
  sheet: string;
  titleRef: CellRef;
  /** The unit the figures were read in (declared or the default 万元). */
  unit: Unit;
  /** True when the sheet declares its unit; false when the default was assumed. */
  unitDeclared: boolean;
  rows: RowInfo[];
  columns: ColumnInfo[];
  /** Figures by `valueKey(row, col)`. */
  values: Map<string, ValueCell>;
  /** Non-money statistics (三公 团组数, 车辆数 …) by key. */
  stats: Map<string, ValueCell>;
  /** The sentence saying the schedule has no data, when present. */
  emptyStatement?: string;
}

export type IssueSeverity = 'error' | 'warning' | 'info';

/** Something the recogniser noticed while reading (not a rule finding). */
export interface RecognitionIssue {
  code: string;
  severity: IssueSeverity;
  /** Chinese, names the sheet and cell. */
  message: string;
  cells: CellRef[];
  schedule?: ScheduleId;
}

export interface WorkbookModel {
  file: string;
  /** 部门/单位 name from the unit line, when found. */
  unitName?: string;
  year?: number;
  template: TemplateId;
  schedules: Map<ScheduleId, ScheduleInstance>;
  /** Mandatory schedules of the template that were not found. */
  missing: ScheduleId[];
  /** Optional schedules of the template that were not found. */
  absentOptional: ScheduleId[];
  issues: RecognitionIssue[];
  /** Sheets that hold no recognisable schedule. */
  unrecognizedSheets: string[];
}

/** What joins the row and the column of a `valueKey` (found in neither). */
export const VALUE_KEY_SEPARATOR = '\u0001';

export function valueKey(row: string, col: string): string {
  return `${row}${VALUE_KEY_SEPARATOR}${col}`;
}

/** The row and column keys a `valueKey` was made of. */
export function splitValueKey(key: string): [row: string, col: string] {
  const at = key.indexOf(VALUE_KEY_SEPARATOR);
  return [key.slice(0, at), key.slice(at + 1)];
}

/** The cell of (schedule, row, col), or undefined when the schedule, row or column is absent. */
export function getValue(model: WorkbookModel, schedule: ScheduleId, row: string, col: string): ValueCell | undefined {
  return model.schedules.get(schedule)?.values.get(valueKey(row, col));
}

/** The counted amount of (schedule, row, col): undefined when absent or unreadable. */
export function getFen(model: WorkbookModel, schedule: ScheduleId, row: string, col: string): Fen | undefined {
  const v = getValue(model, schedule, row, col);
  return v ? countedFen(v.parsed) : undefined;
}
