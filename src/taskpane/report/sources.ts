import { CellRef } from '../../core/grid/sheet-grid';
import { FigureSource } from '../../core/narrative/document';
import { scheduleDef } from '../../core/schedules/catalogue/schedules';

/**
 * Sheet names Excel writes without quotes: letters, digits, "_" and CJK characters. Spelled
 * out rather than with \p{L} (ES2018, which EdgeHTML cannot parse); a name outside it is
 * quoted, which Excel accepts for any name.
 */
const PLAIN_SHEET_NAME = /^[\w\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

/** "'收入支出决算总表'!B9": a cell as Excel writes it. */
export function cellLabel(ref: CellRef): string {
  return PLAIN_SHEET_NAME.test(ref.sheet) ? `${ref.sheet}!${ref.address}` : `'${ref.sheet.replace(/'/g, "''")}'!${ref.address}`;
}

/**
 * One line per source for a number's tooltip: schedule title, row, column, year and cell
 * ("收入支出决算总表 · 行：收入总计 · 列：金额 · 2024年 · 单元格 T01!B9").
 */
export function describeSource(s: FigureSource): string {
  const parts: string[] = [];
  if (s.schedule) {
    let title: string = s.schedule;
    try {
      title = scheduleDef(s.schedule).titles[0];
    } catch {
      // An unknown id still names the figure.
    }
    parts.push(title);
  }
  if (s.supplement) parts.push(`补充信息：${s.supplement}`);
  if (s.row) parts.push(`行：${s.row}`);
  if (s.col) parts.push(`列：${s.col}`);
  if (s.year !== undefined) parts.push(`${s.year}年`);
  parts.push(s.ref ? `单元格 ${cellLabel(s.ref)}` : '无单元格');
  return parts.join(' · ');
}

/**
 * The cells of a number that are in the open workbook: sources of an earlier year live in
 * last year's workbook and cannot be selected here.
 */
export function selectableRefs(sources: FigureSource[], year: number | undefined): CellRef[] {
  return sources.filter((s) => s.ref && (year === undefined || s.year === undefined || s.year >= year)).map((s) => s.ref as CellRef);
}
