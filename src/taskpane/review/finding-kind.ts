import { Finding } from '../../core/rules/finding';

/**
 * How the pane files a finding: failures by severity, rules that could not run, and rules
 * that do not apply. Passes are not listed.
 */
export type FindingKind = 'error' | 'warning' | 'info' | 'unchecked' | 'notApplicable';

/** Worst first: the order of sections in a group and of counts in the summary. */
export const KIND_ORDER: readonly FindingKind[] = ['error', 'warning', 'info', 'unchecked', 'notApplicable'];

export const KIND_LABEL: Record<FindingKind, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
  unchecked: '无法检查',
  notApplicable: '不适用',
};

/** The kind of a finding, or null for a pass. */
export function findingKind(f: Finding): FindingKind | null {
  switch (f.outcome) {
    case 'fail':
      return f.severity;
    case 'pass':
      return null;
    case 'not_applicable':
      return 'notApplicable';
    default:
      // insufficient_data, and a rule that failed to run (outcome 'error')
      return 'unchecked';
  }
}

/** Kinds the user can act on (ignore; a warning also takes an explanation). */
export function isActionable(kind: FindingKind): boolean {
  return kind !== 'notApplicable';
}
