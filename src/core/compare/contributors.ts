import { Fen } from '../grid/units';
import { formatWan } from './format';

/** One line whose change may explain a total's change (a class, a 项, an income item). */
export interface ChangeLine {
  key: string;
  /** As the report names it: "科学技术支出（类）", "事业收入". */
  name: string;
  current: Fen;
  prior: Fen;
}

/**
 * The lines whose change explains most of a total's change: lines moving the same way as
 * the total, largest first, until they cover the total's change or `max` lines are taken.
 * Lines are matched by key across years; a line only one year has counts 0 in the other.
 * @example largestContributors(lines, -18_440_000)[0].name
 */
export function largestContributors(lines: readonly ChangeLine[], totalDifference: Fen, max = 3): ChangeLine[] {
  if (totalDifference === 0) return [];
  const sign = Math.sign(totalDifference);
  const moving = lines
    .map((l, index) => ({ l, index, d: l.current - l.prior }))
    .filter((x) => Math.sign(x.d) === sign)
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || a.index - b.index);
  const out: ChangeLine[] = [];
  let covered = 0;
  for (const x of moving) {
    if (out.length >= max || Math.abs(covered) >= Math.abs(totalDifference)) break;
    out.push(x.l);
    covered += x.d;
  }
  return out;
}

/**
 * Merge this year's and last year's lines by key, keeping this year's order and appending
 * lines only last year had.
 */
export function pairLines(current: readonly { key: string; name: string; value: Fen }[], prior: readonly { key: string; name: string; value: Fen }[]): ChangeLine[] {
  const out: ChangeLine[] = current.map((c) => ({ key: c.key, name: c.name, current: c.value, prior: prior.find((p) => p.key === c.key)?.value ?? 0 }));
  for (const p of prior) if (!out.some((o) => o.key === p.key)) out.push({ key: p.key, name: p.name, current: 0, prior: p.value });
  return out;
}

/**
 * A suggested reason naming the largest contributors, as a starting point the user accepts
 * or edits (narrative.md §3): "主要是科学技术支出（类）减少18.44万元". Undefined when no line
 * moved the same way as the total.
 */
export function contributorSuggestion(lines: readonly ChangeLine[], totalDifference: Fen, max = 3): string | undefined {
  const top = largestContributors(lines, totalDifference, max);
  if (top.length === 0) return undefined;
  const parts = top.map((l) => {
    const d = l.current - l.prior;
    return `${l.name}${d > 0 ? '增加' : '减少'}${formatWan(Math.abs(d))}万元`;
  });
  return `主要是${parts.join('、')}`;
}
