import { DEFAULT_UNIT, Unit } from '../grid/units';
import { Finding } from '../rules/finding';
import { RecognitionIssue, WorkbookModel } from '../schedules/model';

/** The unit most schedules of the workbook are in (for messages that belong to no schedule). */
export function workbookUnit(model: WorkbookModel): Unit {
  const counts = new Map<Unit, number>();
  for (const s of model.schedules.values()) counts.set(s.unit, (counts.get(s.unit) ?? 0) + 1);
  let best: Unit = DEFAULT_UNIT;
  let bestCount = 0;
  for (const [unit, n] of counts) {
    if (n > bestCount) {
      best = unit;
      bestCount = n;
    }
  }
  return best;
}

/** What the reader itself noticed (unknown rows, unreadable headers), as a finding. */
export function issueToFinding(issue: RecognitionIssue, unit: Unit): Finding {
  return { rule: issue.code, severity: issue.severity, outcome: 'fail', message: issue.message, unit, cells: issue.cells, schedule: issue.schedule };
}
