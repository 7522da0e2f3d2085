import { Finding, Outcome, Severity } from '../core/rules/finding';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const OUTCOME_RANK: Record<Outcome, number> = { error: 0, fail: 1, insufficient_data: 2, not_applicable: 3, pass: 4 };

/** Findings in reading order: rule breaks and failures first, worst severity first, then by rule id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.rule.localeCompare(b.rule, 'en', { numeric: true }),
  );
}
