import { Fen, NOT_A_FIGURE } from '../grid/units';

/**
 * Number formatting for the explanatory report (narrative.md §3): amounts in 万元 without
 * thousands separators, with two decimals as published reports write them (11.00, 0.00,
 * 17.80); writing whole amounts bare (11) is a setting. Percentages at the style's decimals.
 * Rounding is half up (away from zero), done on integers so that no binary floating-point
 * error can move a figure across a rounding boundary.
 */

/** 分 per 万元. */
export const FEN_PER_WAN = 1_000_000;
/** 分 per 0.01 万元, the finest figure the report prints. */
const FEN_PER_CENTI_WAN = 10_000;

/**
 * An amount in 万元 as the report writes it: "11.00", "0.00", "17.80", "2940.05"; with `bare`,
 * a figure that rounds to a whole 万元 is written without decimals ("11", "0"). The sign is
 * kept; callers that put a direction word before a difference pass its magnitude.
 * @example formatWan(17_800_000) === '17.80'; formatWan(11_000_000) === '11.00'; formatWan(11_000_000, true) === '11'
 */
export function formatWan(fen: Fen, bare = false): string {
  if (!Number.isFinite(fen)) return NOT_A_FIGURE;
  const abs = Math.abs(fen);
  const centi = Math.floor((abs + FEN_PER_CENTI_WAN / 2) / FEN_PER_CENTI_WAN);
  const whole = Math.floor(centi / 100);
  const frac = centi % 100;
  const text = frac === 0 && bare ? String(whole) : `${whole}.${String(frac).padStart(2, '0')}`;
  return fen < 0 && centi !== 0 ? `-${text}` : text;
}

/** A percentage rounded to the style's decimals: `scaled` is the value times 10^decimals. */
export interface Percent {
  /** Rounded value × 10^decimals, signed (an integer). */
  scaled: number;
  decimals: number;
}

/**
 * numerator / denominator × 100, rounded half up (away from zero) to `decimals`, exactly.
 * @throws RangeError when the denominator is 0 (callers decide what a zero base means).
 * @example ratioPercent(25, 200, 0).scaled === 13 // 12.5 → 13
 */
export function ratioPercent(numerator: number, denominator: number, decimals: number): Percent {
  if (denominator === 0) throw new RangeError('percentage of a zero base');
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = BigInt(Math.abs(Math.round(numerator))) * 100n * 10n ** BigInt(decimals);
  const d = BigInt(Math.abs(Math.round(denominator)));
  const q = (2n * n + d) / (2n * d);
  const scaled = Number(q);
  return { scaled: negative && scaled !== 0 ? -scaled : scaled, decimals };
}

/** The percentage as a number of percentage points (12.5), signed. */
export function percentValue(p: Percent): number {
  return p.scaled / 10 ** p.decimals;
}

/**
 * The magnitude of a percentage as written, with exactly `decimals` decimals and no % sign
 * (the sentence adds it): "12", "12.50". The direction word carries the sign.
 * @example formatPercent({ scaled: -1250, decimals: 2 }) === '12.50'
 */
export function formatPercent(p: Percent): string {
  const abs = Math.abs(p.scaled);
  if (p.decimals === 0) return String(abs);
  const scale = 10 ** p.decimals;
  return `${Math.floor(abs / scale)}.${String(abs % scale).padStart(p.decimals, '0')}`;
}
