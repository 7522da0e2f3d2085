import { GridCell, isCellError } from './sheet-grid';
import { Fen, Unit, isSafeFen, toFen } from './units';

/**
 * What an amount cell holds, after reading it as a schedule figure.
 * - number: a figure (from a number, or from text such as "2,940.05" when `fromText`)
 * - blank: empty, "-", "—" or similar; counts as zero
 * - error: an Excel error value (#REF!, #DIV/0!, …); never counted
 * - noValue: a formula whose result was never saved; never counted
 * - text: words where a figure was expected, or a number written ambiguously ("1 2");
 *   never counted
 * - outOfRange: a number beyond what an amount can be and still add up exactly (more than
 *   15 significant digits of 分, or not finite); `text` is what the cell shows; never counted
 */
export type ParsedAmount =
  | { kind: 'number'; fen: Fen; fromText: boolean }
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | { kind: 'noValue'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'outOfRange'; text: string }
  /** A count (团组数, 车辆数) that is not a whole number: never rounded silently. */
  | { kind: 'notWhole'; text: string };

const BLANK_MARKS = new Set(['', '-', '—', '——', '－', '–', '/', '——————', '*']);

/** Digits with thousands separators in groups of three, or none, then an optional fraction. */
const PLAIN_NUMBER = /^(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$|^\.\d+$/;

/**
 * Read a numeric string the way accountants type it, and only when it can mean one number:
 * full-width digits, thousands separators in groups of three ("1,234,567.8"), one leading
 * sign, or parentheses for a negative ("(12.50)"); surrounding spaces are ignored. Anything
 * else — "1 2", "(-5)", "2,3,6.58", "--3" — is a guess, so it is not a number here and the
 * cell is reported as unreadable. Returns undefined when the text is not such a number.
 * @example parseNumberText('2,940.05') === 2940.05; parseNumberText('1 2') === undefined
 */
export function parseNumberText(raw: string): number | undefined {
  let t = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '')
    .replace(/，/g, ',')
    .replace(/．/g, '.')
    .replace(/[－−]/g, '-');
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  } else if (t.startsWith('-') || t.startsWith('+')) {
    negative = t.startsWith('-');
    t = t.slice(1);
  }
  if (!PLAIN_NUMBER.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/** `fen` as a figure, or outOfRange with the text the cell shows when it is not safe. */
export function boundedFigure(fen: Fen, fromText: boolean, shown: () => string): ParsedAmount {
  return isSafeFen(fen) ? { kind: 'number', fen, fromText } : { kind: 'outOfRange', text: shown() };
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
    // boundedFigure without its closure: most cells of a workbook take this way.
    const fen = toFen(v, unit);
    return isSafeFen(fen) ? { kind: 'number', fen, fromText: false } : { kind: 'outOfRange', text: cell.text || String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  const trimmed = v.trim();
  if (BLANK_MARKS.has(trimmed)) return { kind: 'blank' };
  if (/^#[A-Z0-9/!?]+[!?]?$/.test(trimmed) && /^#(REF|DIV\/0|VALUE|N\/A|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)/.test(trimmed)) {
    return { kind: 'error', code: trimmed };
  }
  const n = parseNumberText(trimmed);
  if (n === undefined) return { kind: 'text', text: trimmed };
  return boundedFigure(toFen(n, unit), true, () => trimmed);
}

/** The amount counted in sums: the figure, zero for blanks, undefined when unreadable. */
export function countedFen(p: ParsedAmount): Fen | undefined {
  if (p.kind === 'number') return p.fen;
  if (p.kind === 'blank') return 0;
  return undefined;
}
