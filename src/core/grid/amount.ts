import { GridCell, isCellError } from './sheet-grid';
import { Fen, Unit, toFen } from './units';

/**
 * What an amount cell holds, after reading it as a schedule figure.
 * - number: a figure (from a number, or from text such as "2,940.05" when `fromText`)
 * - blank: empty, "-", "—" or similar; counts as zero
 * - error: an Excel error value (#REF!, #DIV/0!, …); never counted
 * - noValue: a formula whose result was never saved; never counted
 * - text: words where a figure was expected; never counted
 */
export type ParsedAmount =
  | { kind: 'number'; fen: Fen; fromText: boolean }
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | { kind: 'noValue'; formula: string }
  | { kind: 'text'; text: string };

const BLANK_MARKS = new Set(['', '-', '—', '——', '－', '–', '/', '——————', '*']);

/**
 * Read a numeric string the way accountants type it: thousands separators, full-width
 * digits, a trailing %, parentheses or a leading minus for negatives. Returns undefined
 * when the text is not a number.
 * @example parseNumberText('2,940.05') === 2940.05
 */
export function parseNumberText(raw: string): number | undefined {
  let t = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[，,\s\u00a0\u3000]/g, '')
    .replace(/．/g, '.')
    .replace(/[－−]/g, '-');
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/**
 * Read a cell as an amount expressed in `unit` and convert it to 分.
 * @example parseAmount({ value: '1,234.50' }, '万元') → { kind: 'number', fen: 1234500000, fromText: true }
 */
export function parseAmount(cell: GridCell | null, unit: Unit): ParsedAmount {
  if (!cell) return { kind: 'blank' };
  if (cell.formulaWithoutValue) return { kind: 'noValue', formula: cell.formula ?? '' };
  const v = cell.value;
  if (v === null || v === undefined) return { kind: 'blank' };
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return { kind: 'number', fen: toFen(v, unit), fromText: false };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  const trimmed = v.trim();
  if (BLANK_MARKS.has(trimmed)) return { kind: 'blank' };
  if (/^#[A-Z0-9/!?]+[!?]?$/.test(trimmed) && /^#(REF|DIV\/0|VALUE|N\/A|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)/.test(trimmed)) {
    return { kind: 'error', code: trimmed };
  }
  const n = parseNumberText(trimmed);
  if (n === undefined) return { kind: 'text', text: trimmed };
  return { kind: 'number', fen: toFen(n, unit), fromText: true };
}

/** The amount counted in sums: the figure, zero for blanks, undefined when unreadable. */
export function countedFen(p: ParsedAmount): Fen | undefined {
  if (p.kind === 'number') return p.fen;
  if (p.kind === 'blank') return 0;
  return undefined;
}
