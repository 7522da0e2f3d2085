import { Annotations } from '../../hosts/workbook-host';
import { findingKey } from '../../core/rules/finding-key';
import { FindingKind, findingKind } from './finding-kind';
import { ReviewResult } from './review-result';

/** The counts the summary card shows. */
export interface ReviewCounts {
  /** Findings still to deal with (待处理), by kind: the ignored and the explained are left out. */
  open: Record<FindingKind, number>;
  pass: number;
  ignored: number;
  /** Warnings that carry an explanation (resolved, rules.md §6), not ignored. */
  explainedWarnings: number;
}

/** Dealt with (已说明): explained warnings and ignored findings (an ignored error carries its reason). */
export function settledCount(c: ReviewCounts): number {
  return c.explainedWarnings + c.ignored;
}

/**
 * Count a review's findings for the summary: what is still to be dealt with, by kind, apart
 * from what was explained or ignored.
 */
export function countFindings(review: Pick<ReviewResult, 'findings' | 'passCount'>, annotations: Annotations): ReviewCounts {
  const open: Record<FindingKind, number> = { error: 0, warning: 0, info: 0, unchecked: 0, notApplicable: 0 };
  let ignored = 0;
  let explainedWarnings = 0;
  for (const f of review.findings) {
    const kind = findingKind(f);
    if (kind === null) continue;
    const note = annotations[findingKey(f)];
    if (note?.ignored && kind !== 'notApplicable') ignored += 1;
    else if (kind === 'warning' && note?.explanation) explainedWarnings += 1;
    else open[kind] += 1;
  }
  return { open, pass: review.passCount, ignored, explainedWarnings };
}

/** One line for screen readers: "待处理：错误 1，警告 1，提示 0；已说明 2（其中已忽略 1）". */
export function countsSentence(c: ReviewCounts): string {
  const parts = [`错误 ${c.open.error}`, `警告 ${c.open.warning}`, `提示 ${c.open.info}`];
  if (c.open.unchecked > 0) parts.push(`无法检查 ${c.open.unchecked}`);
  const settled = settledCount(c);
  const tail = settled > 0 ? `；已说明 ${settled}${c.ignored > 0 ? `（其中已忽略 ${c.ignored}）` : ''}` : '';
  return `待处理：${parts.join('，')}${tail}`;
}
