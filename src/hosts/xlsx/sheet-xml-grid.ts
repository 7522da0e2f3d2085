/**
 * A worksheet's XML read straight into a SheetGrid, without ExcelJS's cell objects: the
 * same grid worksheet-grid.ts makes from ExcelJS's worksheet, with the fixes of
 * empty-text-results.ts. Whatever this reader cannot read the way ExcelJS reads it
 * (hyperlinks, overlapping merges, rows out of order, XML that is not well-formed …) throws
 * NotHandled, and the caller reads the workbook with ExcelJS instead. Browser-safe.
 */
import { type CellRange, columnLetters, type GridCell, type SheetGrid } from '../../core/grid/sheet-grid';
import { toGridCell } from './cell-value';
import { typedDateText } from './empty-text-results';
import { type CellContext, type CellModel, cellModel, type RawCell } from './sheet-xml-cell';
import { unescapeX } from './shared-strings-xml';
import { NotHandled, readXml, type Tokenizer } from './xml-events';

// ExcelJS's shared-formula translation (plain code, no Node APIs), so slaves read the same.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula(formula: string, from: string, to: string): string };

const MERGE_REF = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/;

/** ExcelJS's utils.parseBoolean, copied. */
const isTrue = (v: string | undefined) => v === 'true' || v === '1';

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/**
 * The column number (1-based) of an A1 address in row `row`, or 0 unless it is [A-Z]{1,3}
 * then that row's number (as /^([A-Z]{1,3})([1-9]\d*)$/ would check, without a match object per cell).
 */
function cellColumn(address: string, row: number): number {
  let i = 0;
  let col = 0;
  for (; i < address.length && i < 4; i++) {
    const k = address.charCodeAt(i);
    if (k < 65 || k > 90) break;
    col = col * 26 + (k - 64);
  }
  if (i === 0 || i > 3) return 0;
  const digits = address.length - i;
  if (digits < 1 || address.charCodeAt(i) === 48) return 0;
  let number = 0;
  for (; i < address.length; i++) {
    const k = address.charCodeAt(i);
    if (k < 48 || k > 57) return 0;
    number = number * 10 + (k - 48);
  }
  return number === row ? col : 0;
}

interface Row {
  number: number;
  hidden: boolean;
  cells: CellModel[];
  /** Column numbers (1-based) of `cells`. */
  cols: number[];
}

interface Parsed {
  rows: Row[];
  /** 1-based inclusive, as ExcelJS's Range. */
  merges: CellRange[];
  cols: { min: number; max: number; hidden: boolean }[];
}

/** The state of the <c> being read. */
interface Current {
  raw: RawCell;
  node?: 'f' | 'v' | 't';
  run?: { text?: string };
  runText?: string[];
}

function parseSheet(xml: string, ctx: CellContext, tokenize: Tokenizer): Parsed {
  ctx.formulae.clear();
  const rows: Row[] = [];
  const merges: CellRange[] = [];
  const cols: Parsed['cols'] = [];
  let inSheetData = false;
  let row: Row | undefined;
  let c: Current | undefined;
  tokenize(xml, {
    open(tag) {
      const a = tag.attributes;
      if (c) {
        if (c.run) {
          if (tag.name === 't') c.runText = [];
          return;
        }
        switch (tag.name) {
          case 'f':
            c.node = 'f';
            c.raw.si = a.si;
            c.raw.shareType = a.t;
            c.raw.ref = a.ref;
            return;
          case 'v':
            c.node = 'v';
            c.raw.sawV = true;
            c.raw.emptyV = true;
            return;
          case 't':
            c.node = 't';
            return;
          case 'r':
            c.run = {};
            return;
          case 'is':
            return;
          default:
            // ExcelJS's cell parser ends the cell, then the row, at the close of any other
            // element (cell-xform.js parseClose returns false): what follows is misread.
            throw new NotHandled(`<${tag.name}> in a cell`);
        }
      }
      // Likewise for anything but cells in a row, and anything but rows in the sheet data.
      if (row && tag.name !== 'c') throw new NotHandled(`<${tag.name}> in a row`);
      if (inSheetData && !row && tag.name !== 'row') throw new NotHandled(`<${tag.name}> in the sheet data`);
      switch (tag.name) {
        case 'sheetData':
          inSheetData = true;
          return;
        case 'row': {
          if (!inSheetData) throw new NotHandled('a row outside the sheet data');
          const number = Number(a.r);
          if (!Number.isInteger(number) || number < 1 || (rows.length > 0 && number <= rows[rows.length - 1].number)) throw new NotHandled('rows without numbers or out of order');
          row = { number, hidden: isTrue(a.hidden), cells: [], cols: [] };
          rows.push(row);
          return;
        }
        case 'c': {
          const col = row && a.r ? cellColumn(a.r, row.number) : 0;
          if (!row || !col) throw new NotHandled('a cell without its address in its row');
          if (row.cols.length > 0 && col <= row.cols[row.cols.length - 1]) throw new NotHandled('cells out of order');
          c = { raw: { row: row.number, col, address: a.r, t: a.t, styleId: a.s ? parseInt(a.s, 10) : undefined } };
          return;
        }
        case 'mergeCell': {
          const m = MERGE_REF.exec(a.ref ?? '');
          if (!m) throw new NotHandled('a merge that is not A1:B2');
          const [r1, r2, c1, c2] = [Number(m[2]), Number(m[4]), colNumber(m[1]), colNumber(m[3])];
          merges.push({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) });
          return;
        }
        case 'col':
          cols.push({ min: parseInt(a.min || '0', 10), max: parseInt(a.max || '0', 10), hidden: isTrue(a.hidden) });
          return;
        case 'hyperlink':
          // ExcelJS turns the cell of a linked hyperlink into a hyperlink value (cell-xform.js reconcile).
          if (a['r:id'] !== undefined) throw new NotHandled('a hyperlink');
          return;
        default:
          return;
      }
    },
    text(text) {
      if (!c) return;
      if (c.run) {
        c.runText?.push(text);
        return;
      }
      if (c.node === 'f') c.raw.formula = (c.raw.formula ?? '') + text;
      else if (c.node) {
        if (c.raw.runs) throw new NotHandled('text after rich text');
        c.raw.value = (c.raw.value ?? '') + text;
        c.raw.emptyV = false;
      }
    },
    close(name) {
      if (c) {
        if (c.run) {
          if (name === 't' && c.runText) {
            c.run.text = unescapeX(c.runText.join(''));
            c.runText = undefined;
          } else if (name === 'r') {
            (c.raw.runs ??= []).push(c.run);
            c.run = undefined;
          }
          return;
        }
        if (name === 'c') {
          const model = cellModel(c.raw, ctx);
          if (model) {
            (row as Row).cells.push(model);
            (row as Row).cols.push(c.raw.col);
          }
          c = undefined;
        } else if (name === 'f' || name === 'v' || name === 't' || name === 'is') c.node = undefined;
        return;
      }
      if (name === 'row') row = undefined;
      else if (name === 'sheetData') inSheetData = false;
    },
  });
  return { rows, merges, cols };
}

/** ExcelJS refuses a merge over an already merged area (worksheet.js _mergeCellsInternal): the load fails. */
function checkMerges(merges: CellRange[]): void {
  const sorted = [...merges].sort((x, y) => x.top - y.top);
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].top <= m.bottom; j++) {
      const o = sorted[j];
      if (!(o.right < m.left || o.left > m.right)) throw new NotHandled('overlapping merges');
    }
  }
}

/** Drop the cells a merge covers but its top-left one (ExcelJS makes them merge slaves). */
function dropMergeSlaves(rows: Row[], merges: CellRange[]): void {
  if (merges.length === 0) return;
  const byRow = new Map<number, CellRange[]>();
  // Only rows with cells matter: a merge down a whole column is not walked to row 1,048,576.
  const last = rows.length > 0 ? rows[rows.length - 1].number : 0;
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, last); r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  for (const row of rows) {
    const list = byRow.get(row.number);
    if (!list) continue;
    for (let i = row.cells.length - 1; i >= 0; i--) {
      const col = row.cols[i];
      if (list.some((m) => col >= m.left && col <= m.right && (row.number > m.top || col > m.left))) {
        row.cells.splice(i, 1);
        row.cols.splice(i, 1);
      }
    }
  }
}

/** Shared formula slaves get their master's formula moved to their place (ExcelJS's cell.formula). */
function translateSharedFormulas(rows: Row[]): void {
  let byAddress: Map<string, CellModel> | undefined;
  for (const row of rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (cell.formula || !cell.sharedFormula) continue;
      if (!byAddress) {
        byAddress = new Map();
        for (const r of rows) r.cells.forEach((x, k) => byAddress?.set(`${columnLetters(r.cols[k] - 1)}${r.number}`, x));
      }
      const master = byAddress.get(cell.sharedFormula);
      if (!master?.formula) throw new NotHandled('a shared formula without its master');
      cell.formula = slideFormula(master.formula, cell.sharedFormula, `${columnLetters(row.cols[i] - 1)}${row.number}`);
    }
  }
}

function gridCellOf(cell: CellModel, date1904: boolean): GridCell | null {
  const out = toGridCell(cell, date1904);
  if (out && cell.emptyText && out.formulaWithoutValue) {
    out.value = '';
    delete out.formulaWithoutValue;
  }
  if (out && cell.typedDate !== undefined) out.value = typedDateText(cell.typedDate);
  return out;
}

/** Hidden columns as ExcelJS's Column.fromModel spreads the <col> ranges (sorted by min; the first wins). */
function hiddenColumns(cols: Parsed['cols'], width: number): number[] {
  const hidden: number[] = [];
  let count = 1;
  for (const col of [...cols].sort((x, y) => x.min - y.min)) {
    if (count < col.min) count = col.min;
    for (; count <= col.max && count <= width; count++) if (col.hidden) hidden.push(count - 1);
    if (count <= col.max) count = col.max + 1;
  }
  return hidden;
}

/**
 * Read one worksheet's XML into a SheetGrid, as worksheetToGrid + restoreFromSheetXml do
 * from ExcelJS's worksheet: real positions, trailing empties trimmed, merges and hidden
 * rows/columns where they touch the cells.
 * @throws NotHandled where ExcelJS would read the sheet differently (the caller uses it then).
 */
export function sheetXmlToGrid(xml: string, name: string, hidden: boolean, ctx: CellContext): SheetGrid {
  const { rows, merges, cols } = readXml((tokenize) => parseSheet(xml, ctx, tokenize));
  checkMerges(merges);
  dropMergeSlaves(rows, merges);
  translateSharedFormulas(rows);
  const cells: (GridCell | null)[][] = [];
  let width = 0;
  for (const row of rows) {
    const out: (GridCell | null)[] = [];
    for (let i = 0; i < row.cells.length; i++) {
      const g = gridCellOf(row.cells[i], ctx.date1904);
      if (g === null) continue;
      while (out.length < row.cols[i] - 1) out.push(null);
      out.push(g);
    }
    if (out.length === 0) continue;
    while (cells.length < row.number - 1) cells.push([]);
    cells.push(out);
    if (out.length > width) width = out.length;
  }
  const height = cells.length;
  const hiddenRows = rows.filter((r) => r.hidden && r.number <= height).map((r) => r.number - 1);
  const gridMerges = merges
    .filter((m) => m.top <= height && m.left <= width)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, cells, merges: gridMerges, hiddenRows, hiddenCols: hiddenColumns(cols, width), hidden };
}
