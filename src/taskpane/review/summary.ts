import { Annotations } from '../../hosts/workbook-host';
import { findingKey } from '../../core/rules/finding-key';
import { FindingKind, findingKind } from './finding-kind';
import { ReviewResult } from './review-result';

/** The counts the summary card shows. */
export interface ReviewCounts {
  /** Findings by kind, ignored ones left out. */
  open: Record<FindingKind, number>;
  pass: number;
  ignored: number;
  /** Open warnings that carry an explanation (resolved, rules.md §6). */
  explainedWarnings: number;
}

/**
 * Count a review's findings for the summary: by kind, without the ignored ones, and how
 * many warnings are explained.
 */
export function countFindings(review: Pick<ReviewResult, 'findings' | 'passCount'>, annotations: Annotations): ReviewCounts {
  const open: Record<FindingKind, number> = { error: 0, warning: 0, info: 0, unchecked: 0, notApplicable: 0 };
  let ignored = 0;
  let explainedWarnings = 0;
  for (const f of review.findings) {
    const kind = findingKind(f);
    if (kind === null) continue;
    const note = annotations[findingKey(f)];
    if (note?.ignored && kind !== 'notApplicable') {
      ignored += 1;
      continue;
    }
    open[kind] += 1;
    if (kind === 'warning' && note?.explanation) explainedWarnings += 1;
  }
  return { open, pass: review.passCount, ignored, explainedWarnings };
}

/** One line for screen readers and the export: "错误 1，警告 2（已说明 1），提示 0". */
export function countsSentence(c: ReviewCounts): string {
  const warn = c.explainedWarnings > 0 ? `警告 ${c.open.warning}（已说明 ${c.explainedWarnings}）` : `警告 ${c.open.warning}`;
  const parts = [`错误 ${c.open.error}`, warn, `提示 ${c.open.info}`];
  if (c.open.unchecked > 0) parts.push(`无法检查 ${c.open.unchecked}`);
  if (c.ignored > 0) parts.push(`已忽略 ${c.ignored}`);
  return parts.join('，');
}
