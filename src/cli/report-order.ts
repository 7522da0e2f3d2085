import { Finding, Outcome, Severity } from '../core/rules/finding';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const OUTCOME_RANK: Record<Outcome, number> = { error: 0, fail: 1, insufficient_data: 2, not_applicable: 3, pass: 4 };

/** Rule ids compared as `localeCompare(b, 'en', { numeric: true })` does, with one collator made once (localeCompare with options makes one per call). */
const byRuleId = new Intl.Collator('en', { numeric: true }).compare;

/** Findings in reading order: rule breaks and failures first, worst severity first, then by rule id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      byRuleId(a.rule, b.rule),
  );
}
