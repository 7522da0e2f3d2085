import { parseAmount } from '../../grid/amount';
import { isFurnitureRow } from './furniture';
import { MergedBand, SheetIndex, TextCell } from './sheet-index';
import { isDigits, isEmptyStatement, isFootnote, isLabelWord, isRowNumberWord, stripHeaderUnit } from './text';

/** What a label column holds, from its header. */
export type LabelKind = 'name' | 'code' | 'lei' | 'kuan' | 'xiang' | 'rowNo';

/** Where a table's header and body are, and what each column is. */
export interface TableFrame {
  headerStart: number;
  /** Header rows, without 栏次 rows. */
  headerRows: number[];
  /** First row after the header (the body starts here unless it is a stop row). */
  dataStart: number;
  /** Header path levels per column (normalised, merges spread, repeats dropped). */
  paths: Map<number, string[]>;
  /** Label columns (names, codes, 行次) and what they hold. */
  labels: Map<number, LabelKind>;
}

const MAX_FURNITURE = 8;
const MAX_HEADER = 8;

/** A value cell that reads as a figure (or as a blank mark such as "-"). */
function isFigure(tc: TextCell, ix: SheetIndex, r: number): boolean {
  const p = parseAmount(ix.cell(r, tc.col), '元');
  return p.kind === 'number' || p.kind === 'outOfRange' || (p.kind === 'blank' && tc.raw !== '');
}

/** A 栏次 row: the word 栏次, or consecutive small integers only. */
export function isColumnNumberRow(ix: SheetIndex, r: number): boolean {
  const cells = ix.rows[r];
  if (cells.some((tc) => tc.text === '栏次')) return true;
  const nums = cells.filter((tc) => isDigits(tc.text) && tc.text.length <= 2).map((tc) => Number(tc.text));
  if (nums.length < 2 || nums.length !== cells.filter((tc) => !isRowNumberWord(tc.text) && tc.text !== '项目').length) return false;
  return nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

/** A row that ends a table: a footnote or an empty statement in its first cell. */
export function isStopRow(ix: SheetIndex, r: number): boolean {
  const first = ix.rows[r][0];
  return first !== undefined && (isFootnote(first.raw) || isEmptyStatement(first.raw));
}

function labelKind(levels: string[]): LabelKind | undefined {
  const last = levels[levels.length - 1];
  if (last === '类') return 'lei';
  if (last === '款') return 'kuan';
  if (last === '项') return 'xiang';
  if (isRowNumberWord(last)) return 'rowNo';
  if (last.includes('编码') || last.includes('代码')) return 'code';
  return isLabelWord(last) ? 'name' : undefined;
}

function classify(ix: SheetIndex, r: number, labelCols: Set<number>): 'data' | 'header' | 'colnum' {
  if (isColumnNumberRow(ix, r)) return 'colnum';
  for (const tc of ix.rows[r]) {
    if (labelCols.has(tc.col)) {
      if (!isLabelWord(tc.text)) return 'data';
    } else if (isFigure(tc, ix, r)) {
      return 'data';
    }
  }
  const first = ix.rows[r][0];
  if (labelCols.size === 0 && first && isDigits(first.text) && first.text.length >= 3 && first.text.length <= 7) return 'data';
  return 'header';
}

/**
 * Locate the header (1–3 rows, merges spread, 栏次 rows skipped) and the first body row of a
 * table whose title sits above `start`. Returns undefined when no header is found.
 */
export function findFrame(ix: SheetIndex, start: number, end: number): TableFrame | undefined {
  let h0 = -1;
  for (let r = Math.max(0, start); r < Math.min(end, start + MAX_FURNITURE); r++) {
    if (ix.isBlank(r) || isFurnitureRow(ix, r)) continue;
    h0 = r;
    break;
  }
  if (h0 < 0 || isStopRow(ix, h0)) return undefined;
  const band = new MergedBand(ix, h0, Math.min(end, h0 + MAX_HEADER) - 1);
  const labelCols = new Set<number>();
  const headerRows: number[] = [];
  let dataStart = -1;
  for (let r = h0; r < Math.min(end, h0 + MAX_HEADER); r++) {
    if (ix.isBlank(r)) continue;
    if (isStopRow(ix, r)) {
      dataStart = r;
      break;
    }
    const kind = r === h0 ? 'header' : classify(ix, r, labelCols);
    if (kind === 'colnum') continue;
    if (kind === 'data') {
      dataStart = r;
      break;
    }
    headerRows.push(r);
    for (const c of band.columns(r)) if (isLabelWord(band.text(r, c))) labelCols.add(c);
  }
  if (headerRows.length === 0) return undefined;
  if (dataStart < 0) dataStart = Math.min(end, headerRows[headerRows.length - 1] + 1);
  const paths = new Map<number, string[]>();
  for (const r of headerRows) {
    for (const c of band.columns(r)) {
      const level = stripHeaderUnit(band.text(r, c));
      const levels = paths.get(c) ?? [];
      if (levels[levels.length - 1] !== level) levels.push(level);
      paths.set(c, levels);
    }
  }
  const labels = new Map<number, LabelKind>();
  for (const [c, levels] of paths) {
    const k = labelKind(levels);
    if (k) labels.set(c, k);
  }
  return { headerStart: h0, headerRows, dataStart, paths: new Map([...paths].sort((a, b) => a[0] - b[0])), labels };
}
