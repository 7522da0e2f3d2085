/**
 * One <c> of a sheet XML turned into the cell model ExcelJS would build for it
 * (exceljs/lib/xlsx/xform/sheet/cell-xform.js parseClose and reconcile), so that
 * cell-value.ts's toGridCell gives the same GridCell either way. Browser-safe.
 */
import { type CellLike, ValueType } from './cell-value';
import type { SharedString } from './shared-strings-xml';
import type { CellStyles } from './styles-xml';
import { NotHandled } from './xml-events';

/** What the reader collected inside one <c>. */
export interface RawCell {
  row: number;
  col: number;
  address: string;
  /** The t attribute (cell type). */
  t?: string;
  /** The s attribute, parsed as ExcelJS does (only when present and not empty). */
  styleId?: number;
  formula?: string;
  shareType?: string;
  si?: string;
  ref?: string;
  /** The text of <v> and of plain <t> elements, joined. */
  value?: string;
  /** Rich-text runs (inline strings). */
  runs?: { text?: string }[];
  /** A <v> element was seen, with nothing in it. */
  emptyV?: boolean;
  /** A <v> element was seen. */
  sawV?: boolean;
}

/** A cell model: what toGridCell reads, plus the shared formula's master when it is a slave. */
export interface CellModel extends CellLike {
  type: number;
  numFmt?: string;
  formula?: string;
  result?: unknown;
  value?: unknown;
  /** The address of the shared formula's master, for a slave (ExcelJS's sharedFormula). */
  sharedFormula?: string;
  /** The fixes of empty-text-results.ts: a formula whose saved result is "", a typed date. */
  emptyText?: boolean;
  /** A typed date's <v> text (t="d"), which the grid shows instead of ExcelJS's number. */
  typedDate?: string;
}

/** ExcelJS's utils.isDateFmt (exceljs/lib/utils/utils.js), copied: that module needs fs. */
function isDateFmtUncached(fmt: string): boolean {
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return bare.match(/[ymdhMsb]+/) !== null;
}

/** isDateFmt's answers: a workbook has a handful of formats, met on every styled cell. */
const dateFmts = new Map<string, boolean>();
const DATE_FMTS_KEPT = 1000;

function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let answer = dateFmts.get(fmt);
  if (answer === undefined) {
    answer = isDateFmtUncached(fmt);
    if (dateFmts.size >= DATE_FMTS_KEPT) dateFmts.clear();
    dateFmts.set(fmt, answer);
  }
  return answer;
}

/** ExcelJS's utils.excelToDate, copied. Any value: ExcelJS applies it to a formula's result whatever its type. */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** ExcelJS's utils.xmlDecode (applied a second time to t="str" text), copied. */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c);
}

export interface CellContext {
  styles: CellStyles;
  strings?: SharedString[];
  date1904: boolean;
  /** Shared formula index → the master's address, filled in sheet order (ExcelJS's options.formulae). */
  formulae: Map<string, string>;
}

function formulaResult(raw: RawCell): unknown {
  const v = raw.value;
  if (!v) return undefined;
  if (raw.t === 'str') return xmlDecode(v);
  if (raw.t === 'b') return parseInt(v, 10) !== 0;
  if (raw.t === 'e') return { error: v };
  return parseFloat(v);
}

function plainCell(raw: RawCell, ctx: CellContext, isDate: boolean): CellModel {
  const v = raw.value as string;
  switch (raw.t) {
    case 's': {
      const s = ctx.strings?.[parseInt(v, 10)];
      // ExcelJS fails on a missing index, and keeps the index itself without a strings part.
      if (s === undefined) throw new NotHandled('a shared string that is not there');
      return { type: ValueType.String, value: s };
    }
    case 'str':
      return { type: ValueType.String, value: xmlDecode(v) };
    case 'inlineStr':
      return { type: ValueType.String, value: v };
    case 'b':
      return { type: ValueType.Boolean, value: parseInt(v, 10) !== 0 };
    case 'e':
      return { type: ValueType.Error, value: { error: v } };
    default: {
      const n = parseFloat(v);
      return isDate ? { type: ValueType.Date, value: excelToDate(n, ctx.date1904) } : { type: ValueType.Number, value: n };
    }
  }
}

/** The cell model of one <c>, or undefined for a cell with nothing in it. */
export function cellModel(raw: RawCell, ctx: CellContext): CellModel | undefined {
  const styled = !!raw.styleId && ctx.styles.has(raw.styleId);
  const numFmt = styled ? ctx.styles.numFmt(raw.styleId as number) : undefined;
  const isDate = styled && isDateFmt(numFmt);
  if (raw.runs) {
    if (raw.value !== undefined || raw.t !== 'inlineStr' || raw.formula || raw.shareType) throw new NotHandled('rich text mixed with plain text');
    raw.value = '';
  }
  let model: CellModel;
  if (raw.formula || raw.shareType) {
    model = { type: ValueType.Formula, formula: raw.formula, result: formulaResult(raw) };
    if (model.result !== undefined && isDate) model.result = excelToDate(model.result, ctx.date1904);
    if (raw.shareType === 'shared') {
      if (raw.ref) ctx.formulae.set(raw.si as string, raw.address);
      else model.sharedFormula = ctx.formulae.get(raw.si as string);
    }
    model.emptyText = raw.t === 'str' && model.result === undefined && raw.emptyV;
  } else if (raw.value !== undefined) {
    model = raw.runs ? { type: ValueType.RichText, value: { richText: raw.runs } } : plainCell(raw, ctx, isDate);
  } else return undefined;
  if (numFmt) model.numFmt = numFmt;
  if (raw.t === 'd' && raw.sawV) model.typedDate = raw.value ?? '';
  return model;
}
