import { parseNumberText } from '../grid/amount';
import { CellRef, SheetGrid, a1, cellAt, cellText, colCount, isCellError } from '../grid/sheet-grid';
import { isSafeFen, toFen } from '../grid/units';
import { BUDGET_PREFIX, REASON_PREFIX, supplementItem } from './items';
import { notANumberProblem, numberProblem } from './values';

/** One filled row of the 补充信息 sheet. */
export interface SupplementEntry {
  /** The key the row was stored under: item name, placeholder id, or 项 code / 合计. */
  item: string;
  /** The 内容 as written. */
  text: string;
  /** The 内容 read as a number (text numbers and a trailing unit accepted), when it is valid. */
  number?: number;
  /**
   * Why the 内容 of a known item cannot be used ("不能为负数", "应为整数（单位：辆）"); then
   * `number` is not set, so the report asks for the item instead of stating it.
   */
  problem?: string;
  /** The 内容 cell. */
  ref: CellRef;
}

/**
 * The supplementary facts of a workbook (narrative.md §4), read from its 补充信息 sheet.
 * Amounts are in 万元 as typed; the narrative converts them.
 */
export interface Supplement {
  sheet: string;
  /** Facts by item name (政府采购支出总额, 因公出国团组数 …), unit suffix removed. */
  facts: Map<string, SupplementEntry>;
  /** Reasons the user typed, by placeholder id (reason:收支总计 …). */
  reasons: Map<string, SupplementEntry>;
  /** Budget figures in 万元 by 7-digit 项 code, or 合计 for the whole 一般公共预算 budget. */
  budgets: Map<string, SupplementEntry>;
  /** Rows of known items (and budget rows) whose 内容 cannot be used, in sheet order; absent when none. */
  problems?: SupplementEntry[];
}

export const SUPPLEMENT_SHEET = '补充信息';

/** Unit suffixes the template writes after item names; the reader drops them. */
const UNIT_SUFFIX = /[（(](万元|元|个|人次|批次|辆|台（套）|台\(套\)|台|套|项|次)[）)]$/;

/** Item text as a key: no spaces, ASCII colon, unit suffix dropped. */
export function normaliseItem(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '').replace(/：/g, ':').replace(UNIT_SUFFIX, '');
}

/** A number from typed content: "12", "1,234.5", "12辆", "3个". */
function numberOf(value: unknown, text: string): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const stripped = text.replace(/(万元|元|个|人次|批次|辆|台（套）|台|套|项|次)$/, '');
  return parseNumberText(stripped);
}

/** Columns of 项目 and 内容: from a header row when there is one, else A and B. */
function findColumns(grid: SheetGrid): { item: number; content: number; start: number } {
  const rows = Math.min(grid.cells.length, 10);
  for (let r = 0; r < rows; r++) {
    let item = -1;
    let content = -1;
    for (let c = 0; c < colCount(grid); c++) {
      const t = normaliseItem(cellText(cellAt(grid, r, c)));
      if (t === '项目' && item < 0) item = c;
      if (t === '内容' && content < 0) content = c;
    }
    if (item >= 0 && content >= 0) return { item, content, start: r + 1 };
  }
  return { item: 0, content: 1, start: 0 };
}

/**
 * Read the 补充信息 sheet of a workbook: rows of 项目 | 内容, blank rows and rows without
 * content ignored, numbers accepted as numbers or text ("1,234.50", "12辆"). Rows whose 项目
 * starts with 原因: carry a reason for the placeholder id that follows; rows starting with
 * 预算: carry a budget figure for the 项 code (or 合计) that follows. The first filled row of
 * an item wins. Returns undefined when the workbook has no such sheet.
 * @example readSupplement(sheets)?.facts.get('政府采购支出总额')?.number
 */
export function readSupplementSheet(sheets: SheetGrid[]): Supplement | undefined {
  const grid =
    sheets.find((s) => normaliseItem(s.name) === SUPPLEMENT_SHEET) ?? sheets.find((s) => normaliseItem(s.name).includes(SUPPLEMENT_SHEET));
  if (!grid) return undefined;
  const out: Supplement = { sheet: grid.name, facts: new Map(), reasons: new Map(), budgets: new Map() };
  const cols = findColumns(grid);
  for (let r = cols.start; r < grid.cells.length; r++) {
    const item = normaliseItem(cellText(cellAt(grid, r, cols.item)));
    const cell = cellAt(grid, r, cols.content);
    if (item === '' || !cell || isCellError(cell.value)) continue;
    const text = cellText(cell).trim();
    if (text === '') continue;
    const entry: SupplementEntry = { item, text, ref: { sheet: grid.name, address: a1(r, cols.content) } };
    const n = numberOf(cell.value, text);
    const def = supplementItem(item) ?? (item.startsWith(BUDGET_PREFIX) ? { name: item, unit: '万元' as const, group: '' } : undefined);
    const problem = def ? (n === undefined ? notANumberProblem(def) : numberProblem(def, n)) : undefined;
    if (problem) {
      entry.problem = problem;
      (out.problems ??= []).push(entry);
    } else if (n !== undefined && isSafeFen(toFen(n, '万元'))) entry.number = n;
    if (item.startsWith(REASON_PREFIX)) {
      entry.item = item.slice(REASON_PREFIX.length);
      if (!out.reasons.has(entry.item)) out.reasons.set(entry.item, entry);
    } else if (item.startsWith(BUDGET_PREFIX)) {
      const key = /^(\d{7}|合计)/.exec(item.slice(BUDGET_PREFIX.length))?.[1];
      if (key && entry.number !== undefined && !out.budgets.has(key)) out.budgets.set(key, { ...entry, item: key });
    } else if (!out.facts.has(item)) {
      out.facts.set(item, entry);
    }
  }
  return out;
}
