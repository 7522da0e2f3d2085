/**
 * Money units of the schedules and the fixed-point representation used everywhere in core.
 *
 * Every amount is held as an integer number of 分 (0.01 元). A 万元 figure with two decimals
 * is a whole multiple of 10,000 分, so sums of schedule figures are exact integer sums and
 * never suffer binary floating-point noise. Amounts stay safe integers up to 9×10^15 分,
 * about 9×10^7 亿元; a single figure is held to at most 15 significant digits of 分
 * (MAX_FIGURE_FEN) so that sums of figures stay exact too.
 */

export type Unit = '元' | '千元' | '万元' | '亿元';

/** An amount in 分 (integer). */
export type Fen = number;

export const FEN_PER_UNIT: Record<Unit, number> = {
  元: 100,
  千元: 100_000,
  万元: 1_000_000,
  亿元: 10_000_000_000,
};

export const DEFAULT_UNIT: Unit = '万元';

/**
 * The largest figure read from a cell, in 分: 15 significant digits (just under 10 万亿元).
 * Beyond it a figure is reported as out of range rather than added up, so that sums of
 * a schedule's figures stay exact integers and nothing prints as Infinity or NaN.
 */
export const MAX_FIGURE_FEN = 999_999_999_999_999;

/** True when `fen` is a whole number of 分 no larger in magnitude than MAX_FIGURE_FEN. */
export function isSafeFen(fen: number): boolean {
  return Number.isInteger(fen) && Math.abs(fen) <= MAX_FIGURE_FEN;
}

/**
 * Find the unit in a unit line such as "金额单位：万元" or "单位：元".
 * Returns undefined when the text names no unit.
 * @example unitFromText('金额单位：万元') === '万元'
 */
export function unitFromText(text: string): Unit | undefined {
  const t = text.replace(/\s+/g, '');
  const m = /(?:金额)?单位[:：]?(?:人民币)?(亿元|万元|千元|元)/.exec(t);
  if (m) return m[1] as Unit;
  const bracket = /[（(](亿元|万元|千元|元)[)）]/.exec(t);
  if (bracket) return bracket[1] as Unit;
  return undefined;
}

/** Convert a number expressed in `unit` to 分, rounding to the nearest 分. */
export function toFen(value: number, unit: Unit): Fen {
  return Math.round(value * FEN_PER_UNIT[unit]);
}

/** Convert 分 to a number in `unit` (may carry float noise; only for display and ratios). */
export function fromFen(fen: Fen, unit: Unit): number {
  return fen / FEN_PER_UNIT[unit];
}

/** What a formatter prints for a value that is not a finite number (a defect upstream). */
export const NOT_A_FIGURE = '（无法计算）';

/**
 * An amount in 分 as a plain number in `unit` for data outputs (JSON, exported sheets), free
 * of binary noise (up to 6 decimals); null when there is none.
 * @example amountInUnit(1_523_260_000, '万元') === 1523.26
 */
export function amountInUnit(fen: Fen | undefined, unit: Unit): number | null {
  if (fen === undefined) return null;
  return Math.round((fen / FEN_PER_UNIT[unit]) * 1e6) / 1e6;
}

/**
 * Digits with a comma every three from the right; anything but plain digits (an exponent) as it is.
 * @example groupThousands('1234567') === '1,234,567'
 */
export function groupThousands(digits: string): string {
  if (digits.includes('e')) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * Format an amount in `unit` with two decimals and thousands separators, rounding half up
 * away from zero. Exact: works on integers, not on floats.
 * @example formatAmount(1_523_260_000, '万元') === '1,523.26'
 */
export function formatAmount(fen: Fen, unit: Unit, decimals = 2): string {
  if (!Number.isFinite(fen)) return NOT_A_FIGURE;
  const per = FEN_PER_UNIT[unit];
  const scale = 10 ** decimals;
  const neg = fen < 0;
  const abs = Math.abs(fen);
  // abs / per rounded half up to `decimals`, in integers: (abs * scale + per/2) / per.
  const scaled = Math.floor((abs * scale + Math.floor(per / 2)) / per);
  const whole = Math.floor(scaled / scale);
  const frac = scaled % scale;
  const wholeText = groupThousands(whole.toString());
  const text = decimals > 0 ? `${wholeText}.${frac.toString().padStart(decimals, '0')}` : wholeText;
  return neg && scaled !== 0 ? `-${text}` : text;
}
