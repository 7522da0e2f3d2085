/**
 * Helpers for the narrative golden tests: fixtures through the recogniser, the figures a
 * test expects computed on its own from the fixture data (not through src/core/compare),
 * and walking the document.
 */
import { NarrativeDocument, NumberRun, Paragraph, PlaceholderRun, Run, Section } from '../../../src/core/narrative';
import { ScheduleId, WorkbookModel } from '../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { Fixture, FixtureOptions, buildFixture } from '../../factories';

export interface Pair {
  fixture: Fixture;
  priorFixture: Fixture;
  model: WorkbookModel;
  prior: WorkbookModel;
}

/** This year's (2024) and last year's (2023) fixture of the same variant, recognised. */
export function pair(options: FixtureOptions): Pair {
  const fixture = buildFixture({ ...options, year: 2024 });
  const priorFixture = buildFixture({ ...options, year: 2023 });
  return {
    fixture,
    priorFixture,
    model: recogniseWorkbook({ file: 'this.xlsx', sheets: fixture.sheets }),
    prior: recogniseWorkbook({ file: 'prior.xlsx', sheets: priorFixture.sheets }),
  };
}

/** The fixture's own figure of (schedule, row, col), in 分; throws when the fixture has none. */
export function fig(f: Fixture, schedule: ScheduleId, row: string, col: string): number {
  const e = f.expected.find((x) => x.schedule === schedule && x.row === row && x.col === col);
  if (!e) throw new Error(`fixture has no ${schedule} ${row} ${col}`);
  return e.fen;
}

/** The fixture's figure, or undefined. */
export function figOr(f: Fixture, schedule: ScheduleId, row: string, col: string): number | undefined {
  return f.expected.find((x) => x.schedule === schedule && x.row === row && x.col === col)?.fen;
}

/**
 * 万元 text written independently: figures of the clean fixtures are whole 0.01 万元; two
 * decimals always (11.00), or whole amounts bare with `bare` (the integer setting).
 */
export function wanText(fen: number, bare = false): string {
  const abs = Math.abs(fen);
  if (abs % 10_000 !== 0) throw new Error(`not a whole 0.01 万元: ${fen}`);
  const centi = abs / 10_000;
  return bare && centi % 100 === 0 ? String(centi / 100) : (centi / 100).toFixed(2);
}

/** A percentage rounded half up with floats, refusing figures too close to a tie to trust. */
export function pct(num: number, den: number, d: number): number {
  const x = (Math.abs(num) / Math.abs(den)) * 100 * 10 ** d;
  const frac = x - Math.floor(x);
  if (Math.abs(frac - 0.5) < 1e-7) throw new Error(`too close to a rounding tie: ${num}/${den}`);
  const r = Math.round(x) / 10 ** d;
  return num < 0 !== den < 0 ? -r : r;
}

export const pctText = (v: number, d: number) => Math.abs(v).toFixed(d);

/** Largest-remainder shares (in percentage points) written independently with floats. */
export function lrShares(amounts: number[], d: number): number[] {
  const total = amounts.reduce((a, b) => a + b, 0);
  const unit = 10 ** d;
  const exact = amounts.map((a) => (a / total) * 100 * unit);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let missing = 100 * unit - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rem: x - floors[i], amount: amounts[i] })).sort((a, b) => b.rem - a.rem || b.amount - a.amount || a.i - b.i);
  for (const o of order) {
    if (missing <= 0) break;
    floors[o.i] += 1;
    missing -= 1;
  }
  return floors.map((f) => f / unit);
}

/** The section with `id`, searched through subsections. */
export function section(doc: NarrativeDocument, id: string): Section {
  const find = (ss: Section[]): Section | undefined => {
    for (const s of ss) {
      if (s.id === id) return s;
      const sub = find(s.subsections);
      if (sub) return sub;
    }
    return undefined;
  };
  const s = find(doc.sections);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

export function allSections(doc: NarrativeDocument): Section[] {
  const out: Section[] = [];
  const walk = (s: Section) => {
    out.push(s);
    s.subsections.forEach(walk);
  };
  doc.sections.forEach(walk);
  return out;
}

export const allParagraphs = (doc: NarrativeDocument): Paragraph[] => allSections(doc).flatMap((s) => s.paragraphs);
export const allRuns = (doc: NarrativeDocument): Run[] => allParagraphs(doc).flatMap((p) => p.runs);
export const placeholders = (doc: NarrativeDocument): PlaceholderRun[] => allRuns(doc).filter((r): r is PlaceholderRun => r.kind === 'placeholder');
export const numbers = (p: Paragraph, figure?: NumberRun['figure']): NumberRun[] =>
  p.runs.filter((r): r is NumberRun => r.kind === 'number' && (figure === undefined || r.figure === figure));

/** The number run of `figure` whose sources include (schedule, row, col) of `year`. */
export function runFor(p: Paragraph, figure: NumberRun['figure'], schedule: ScheduleId, row: string, col: string, year = 2024): NumberRun {
  const r = numbers(p, figure).find((n) => n.sources.some((s) => s.schedule === schedule && s.row === row && s.col === col && s.year === year));
  if (!r) throw new Error(`no ${figure} run for ${schedule} ${row} ${col} ${year} in: ${p.runs.map((x) => x.text).join('')}`);
  return r;
}

/** The text just before a run (the end of the preceding text run). */
export function textBefore(p: Paragraph, run: Run): string {
  const i = p.runs.indexOf(run);
  const prev = p.runs[i - 1];
  return prev && prev.kind === 'text' ? prev.text : '';
}

export function textAfter(p: Paragraph, run: Run): string {
  const next = p.runs[p.runs.indexOf(run) + 1];
  return next && next.kind === 'text' ? next.text : '';
}
