import type { ScheduleId } from '../../schedules/model';
import { BlankSheetBuilder } from './blank-sheet';

/** What every schedule of one blank workbook shares. */
export interface BlankContext {
  template: string;
  year: number;
  unitName?: string;
  /** Printed number of the schedule in its set (公开01表, 一 …), by id. */
  numbers: ReadonlyMap<ScheduleId, string>;
}

/** A header cell: its text, and below it either sub-headers or a column (key defaults to text). */
export interface HeaderNode {
  text: string;
  key?: string;
  children?: HeaderNode[];
}

const depthOf = (nodes: readonly HeaderNode[]): number => Math.max(...nodes.map((n) => 1 + (n.children ? depthOf(n.children) : 0)));
const widthOf = (n: HeaderNode): number => (n.children ? n.children.reduce((a, c) => a + widthOf(c), 0) : 1);

/**
 * Write a header tree from (top, left): a parent merged across its children, a leaf merged
 * down to the last header row. Returns its height and the column of each leaf.
 */
export function writeHeader(b: BlankSheetBuilder, top: number, left: number, nodes: readonly HeaderNode[]): { rows: number; leaves: { col: number; key: string }[] } {
  const depth = depthOf(nodes);
  const leaves: { col: number; key: string }[] = [];
  const walk = (list: readonly HeaderNode[], level: number, col: number): void => {
    for (const n of list) {
      const w = widthOf(n);
      b.put(top + level, col, n.text);
      b.merge(top + level, col, n.children ? top + level : top + depth - 1, col + w - 1);
      b.width(col, Math.min(n.text.length * 2 + 2, 24));
      if (n.children) walk(n.children, level + 1, col);
      else leaves.push({ col, key: n.key ?? n.text });
      col += w;
    }
  };
  walk(nodes, 0, left);
  b.headerBand(top, top + depth - 1);
  return { rows: depth, leaves };
}

/** The sheet name of a schedule: its number and title, without the characters Excel refuses, 31 at most. */
export function blankSheetName(number: string, title: string, national: boolean): string {
  const text = national ? title : `${number} ${title}`;
  return text.replace(/[[\]:*?/\\“”"「」]/g, '').slice(0, 31);
}

/**
 * The title (with the year, merged across the table), the table's number at the right and
 * the unit line (部门 / 编制单位, 金额单位：万元). Returns the first row under them.
 */
export function writeTitleBlock(b: BlankSheetBuilder, width: number, ctx: BlankContext, id: ScheduleId, title: string): number {
  const national = ctx.template === 'national';
  b.put(0, 0, `${ctx.year}年度${title}`);
  b.merge(0, 0, 0, width - 1);
  b.title(0, 0);
  const number = ctx.numbers.get(id) ?? '';
  b.put(1, width - 1, national ? number : `表${number}`);
  b.put(2, 0, `${national ? '部门' : '编制单位'}：${ctx.unitName ?? ''}`);
  if (width >= 4) b.merge(2, 0, 2, 1);
  b.put(2, width - 1, national ? '金额单位：万元' : '单位：万元');
  return 3;
}

/** The 栏次 row: the label in `labelCol`, amount columns numbered 1, 2, … */
export function writeLineNumbers(b: BlankSheetBuilder, row: number, labelCols: number[], cols: number[]): void {
  for (const c of labelCols) b.put(row, c, '栏次');
  cols.forEach((c, i) => b.put(row, c, String(i + 1)));
}

/** The footnote (注：…) merged across the table under row `row`. */
export function writeFootnote(b: BlankSheetBuilder, row: number, width: number, text: string | undefined): void {
  if (!text) return;
  b.put(row, 0, text);
  b.merge(row, 0, row, width - 1);
}
