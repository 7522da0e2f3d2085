import { Fact, fact } from '../compare/facts';
import { subjectLines } from '../compare/lines';
import { ScheduleId, WorkbookModel } from '../schedules/model';
import { scheduleDef } from '../schedules/catalogue/schedules';
import { normaliseText } from './normalise';
import { Claim } from './types';

/** What the claim builders read: this year's and last year's models. */
export interface ClaimSource {
  model: WorkbookModel;
  prior?: WorkbookModel;
}

/**
 * Claim names in the normalised form the sentences are matched in, without repeats. Subject
 * codes (row keys such as 210) are not names: they would match inside figures ("210.65").
 */
export function claimNames(names: string[]): string[] {
  return [...new Set(names.map(normaliseText).filter((n) => n.length > 0 && !/^\d+$/.test(n)))];
}

/**
 * A claim on the cell (schedule, row, col), with last year's same cell; undefined when this
 * year's workbook lacks the cell.
 */
export function cellClaim(
  src: ClaimSource,
  at: [ScheduleId, string, string],
  names: string[],
  extra: Partial<Pick<Claim, 'budget' | 'whole' | 'siblings' | 'parents' | 'prior'>> = {},
): Claim | undefined {
  const [schedule, row, col] = at;
  const f = fact(src.model, schedule, row, col);
  if (!f) return undefined;
  const claim: Claim = { id: `${schedule}:${row}:${col}`, names: claimNames([...names, row]), label: `${schedule} ${row}`, kind: 'amount', fact: f };
  const prior = extra.prior ?? fact(src.prior, schedule, row, col) ?? absentLastYear(src, schedule, row, col);
  if (prior) claim.prior = prior;
  return { ...claim, ...extra, ...(prior ? { prior } : {}) };
}

/**
 * A subject row last year's schedule does not have (a 项 new this year) was 0 last year, so a growth
 * rate stated for it is a rate over a zero base; undefined when last year's schedule itself,
 * or its column, is missing.
 */
function absentLastYear(src: ClaimSource, schedule: ScheduleId, row: string, col: string): Fact | undefined {
  const inst = src.prior?.schedules.get(schedule);
  if (!/^\d+$/.test(row) || !inst || !inst.columns.some((c) => c.key === col) || inst.rows.some((r) => r.key === row)) return undefined;
  return { value: 0, sources: [] };
}

/** The names a schedule's catalogue gives a row (its key and aliases), for T07's items. */
export function rowAliases(schedule: ScheduleId, key: string): string[] {
  const item = scheduleDef(schedule).items?.find((i) => i.key === key);
  return item ? [item.key, ...(item.aliases ?? []).filter((a) => !a.includes('/'))] : [key];
}

/** The names a schedule's catalogue gives a statistic (三公 团组数 …). */
export function statAliases(schedule: ScheduleId, key: string): string[] {
  const stat = scheduleDef(schedule).stats?.find((s) => s.key === key);
  return stat ? [stat.key, ...stat.aliases] : [key];
}

/**
 * Claims on the subject rows (类, 款, 项) of `schedule` in `col`, each named by its label
 * (with （类）/（款）/（项） too) and knowing its parents' labels, so a 项 name used under several
 * 款 is told apart by the path written before it.
 */
export function subjectClaims(src: ClaimSource, schedule: ScheduleId, col: string, budget?: (row: string) => Fact | undefined): Claim[] {
  const suffix = ['', '（类）', '（款）', '（项）'];
  const lines = [1, 2, 3].flatMap((level) => subjectLines(src.model, schedule, col, level));
  const label = (code: string): string | undefined => lines.find((l) => l.code === code)?.label;
  const out: Claim[] = [];
  for (const line of lines) {
    const parents = [line.level >= 3 ? label(line.code.slice(0, 5)) : undefined, line.level >= 2 ? label(line.code.slice(0, 3)) : undefined].filter(
      (x): x is string => x !== undefined,
    );
    const b = budget?.(line.key);
    const claim = cellClaim(src, [schedule, line.key, col], [line.label + suffix[line.level], line.label], {
      parents: claimNames(parents),
      ...(b ? { budget: b } : {}),
    });
    if (claim) out.push({ ...claim, label: `${schedule} ${line.code} ${line.label}` });
  }
  return out;
}

/** Give each claim of a listed group its whole and its siblings (for shares). */
export function asShares(items: (Claim | undefined)[], whole: Fact | undefined): Claim[] {
  const present = items.filter((c): c is Claim => c !== undefined);
  const siblings = present.map((c) => c.fact);
  return present.map((c) => ({ ...c, siblings, ...(whole ? { whole } : {}) }));
}

/** A count claim (三公 团组数, 车辆数 …) with the unit it is written in. */
export function countClaim(id: string, names: string[], unit: string, f: Fact | undefined): Claim | undefined {
  if (!f) return undefined;
  return { id, names: claimNames(names), label: id, kind: 'count', unit, fact: f };
}

/** The claims that exist. */
export const present = (claims: (Claim | undefined)[]): Claim[] => claims.filter((c): c is Claim => c !== undefined);
