import { ChangeLine, contributorSuggestion, pairLines } from '../compare/contributors';
import { Fact, fact } from '../compare/facts';
import { levelSuffix, subjectLines } from '../compare/lines';
import { ScheduleId, WorkbookModel } from '../schedules/model';
import { NarrativeContext } from './context';
import { ParagraphBuilder } from './paragraph';

/**
 * Lines of the schedules used to suggest reasons (the largest contributors to a change) and
 * small helpers for figures that may be missing.
 */

export interface NamedValue {
  key: string;
  name: string;
  value: number;
}

/** Named rows of a summary schedule (T01, T04) that exist in `model`. */
export function namedRows(model: WorkbookModel | undefined, schedule: ScheduleId, col: string, rows: [key: string, name: string][]): NamedValue[] {
  const out: NamedValue[] = [];
  for (const [key, name] of rows) {
    const f = fact(model, schedule, key, col);
    if (f) out.push({ key, name, value: f.value });
  }
  return out;
}

/** Subject rows at `level` named for a suggestion: "科学技术支出（类）", "应用研究（款）机构运行（项）". */
export function subjectNamed(model: WorkbookModel | undefined, schedule: ScheduleId, col: string, level: number): NamedValue[] {
  const lines = subjectLines(model, schedule, col, level);
  const parents = level === 3 ? subjectLines(model, schedule, col, 2) : [];
  return lines.map((l) => {
    const parent = parents.find((p) => p.code === l.code.slice(0, 5));
    const name = (parent ? `${parent.label}（款）` : '') + l.label + levelSuffix(level);
    return { key: l.key, name, value: l.fact.value };
  });
}

/** Suggestions from several groups of lines (each group explains the total on its own). */
export function suggestionsFrom(ctx: NarrativeContext, difference: number, groups: ((m: WorkbookModel | undefined) => NamedValue[])[]): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const lines: ChangeLine[] = pairLines(g(ctx.model), g(ctx.prior));
    const s = contributorSuggestion(lines, difference);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** The amount, or a placeholder saying this year's schedules lack it. */
export function amountOrMissing(ctx: NarrativeContext, p: ParagraphBuilder, f: Fact | undefined, key: string, what: string): void {
  if (f) p.amount(f);
  else p.run(ctx.missingCurrent(key, what));
}

/** One figure stated from two cells that hold the same value (收入总计 = 支出总计). */
export function sameFigure(a: Fact, b: Fact): Fact {
  return { value: a.value, sources: [...a.sources, ...b.sources] };
}
