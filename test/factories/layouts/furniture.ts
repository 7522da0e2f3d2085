/**
 * Sheet furniture shared by all layouts: title, table code, unit line, multi-row merged
 * headers, 栏次 row, footnote, and the clutter variant's hidden row/column and stray notes.
 */
import { GridCell } from '../../../src/core/grid/sheet-grid';
import { ScheduleId } from '../../../src/core/schedules/model';
import { DepartmentYear } from '../department';
import { CellStyleOptions } from './cells';
import { ResolvedOptions } from './options';
import { SheetBuilder } from './sheet-builder';

/** What every layout needs besides its own figures. */
export interface LayoutContext {
  o: ResolvedOptions;
  dept: DepartmentYear;
  cell: CellStyleOptions;
  /** '部门：' or '编制单位：'. */
  unitLabel: string;
  /** '金额单位：万元', '单位：万元' or '单位：元'. */
  unitLine: string;
  /** Label of T01's amount column: 金额 (national) or 决算数. */
  amountLabel: string;
}

/** One schedule as placed in a workbook. */
export interface ScheduleInfo {
  id: ScheduleId;
  title: string;
  /** Printed at the top right (公开01表, 表五, 财决01表), if any. */
  code?: string;
  footnote?: string;
  /** For an empty table: the sentence saying so. */
  emptyStatement?: string;
}

/** Where a layout put its table, so clutter can be placed inside it. */
export interface Placement {
  next: number;
  headerTop: number;
  /** Last header row (a hidden column's label goes there, below any merged parent header). */
  headerBottom: number;
  dataTop: number;
  /** First row after the data (exclusive). */
  dataEnd: number;
  amountLeft: number;
  width: number;
}

export interface HeaderNode {
  text: string;
  /** Column key of a leaf (defaults to its text). */
  key?: string;
  children?: HeaderNode[];
}

export interface HeaderLeaf {
  col: number;
  key: string;
}

const depthOf = (nodes: HeaderNode[]): number => Math.max(...nodes.map((n) => 1 + (n.children ? depthOf(n.children) : 0)));
const widthOf = (n: HeaderNode): number => (n.children ? n.children.reduce((a, c) => a + widthOf(c), 0) : 1);

/**
 * Write a header tree from (top, left): a parent spans its children's columns; a leaf spans
 * down to the last header row. Only the top-left cell of a merge holds the text.
 */
export function writeHeader(b: SheetBuilder, top: number, left: number, nodes: HeaderNode[]): { rows: number; leaves: HeaderLeaf[] } {
  const depth = depthOf(nodes);
  const leaves: HeaderLeaf[] = [];
  const walk = (list: HeaderNode[], level: number, col: number) => {
    for (const n of list) {
      const w = widthOf(n);
      const bottom = n.children ? top + level : top + depth - 1;
      b.put(top + level, col, n.text);
      b.merge(top + level, col, bottom, col + w - 1);
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

/** The unit a schedule's own lines name: another one in T05 for the conflicting-unit variant. */
export const OTHER_UNIT = '某市科学技术局机关服务中心';

/**
 * Title (merged across the table), table code at the right, unit line; unit name and year
 * where the `identity` option puts them. Returns the next row.
 */
export function writeTitleBlock(b: SheetBuilder, top: number, width: number, ctx: LayoutContext, info: ScheduleInfo): number {
  const { o, dept } = ctx;
  const onLines = o.identity === 'unitLine';
  const yearInTitle = (onLines && o.yearInTitle) || o.identity === 'separateCell' || o.identity === 'beneath';
  const unitName = o.conflictingUnit && info.id === 'T05' ? OTHER_UNIT : dept.unitName;
  b.put(top, 0, `${yearInTitle ? `${o.year}年度` : ''}${info.title}`);
  b.merge(top, 0, top, width - 1);
  b.title(top, 0);
  let row = top + 1;
  if (info.code) {
    b.put(row, width - 1, info.code);
    row++;
  }
  if (onLines) {
    b.put(row, 0, `${ctx.unitLabel}${unitName}`);
    if (width >= 4) b.merge(row, 0, row, 1);
  } else if (o.identity === 'separateCell') {
    b.put(row, 0, '编制单位：');
    b.put(row, 1, unitName);
  }
  if (onLines && !o.yearInTitle) b.put(row, Math.max(2, Math.floor(width / 2)), `${o.year}年度`);
  b.put(row, width - 1, ctx.unitLine);
  return row + 1;
}

/** A 栏次 row: label in `labelCol`, amount columns numbered 1, 2, … */
export function writeLineNumbers(b: SheetBuilder, row: number, labelCol: number | undefined, cols: number[]): void {
  if (labelCol !== undefined) b.put(row, labelCol, '栏次');
  cols.forEach((c, i) => b.put(row, c, String(i + 1)));
}

/** The footnote (注：…) merged across the table. Returns the next row. */
export function writeFootnote(b: SheetBuilder, row: number, width: number, text: string | undefined): number {
  if (!text) return row;
  b.put(row, 0, text);
  b.merge(row, 0, row, width - 1);
  return row + 1;
}

/** Clutter variant: a hidden row and column inside the table and notes beside it (first table of a sheet only). */
export function addClutter(b: SheetBuilder, p: Placement): void {
  b.hiddenRow(p.dataTop, new Map<number, GridCell>([[0, { value: '（本行隐藏）系统校验用' }]]));
  const col = new Map<number, GridCell>([[p.headerBottom, { value: '内部编号' }]]);
  for (let r = p.dataTop, i = 1; r < p.dataEnd; r++, i++) col.set(r, { value: `N${String(i).padStart(3, '0')}` });
  b.hiddenCol(p.amountLeft, col);
  b.put(p.dataTop, p.width + 1, '数据来源：部门决算报表系统');
  b.put(p.dataTop + 2, p.width + 1, '经办人：王某　复核人：李某');
}
