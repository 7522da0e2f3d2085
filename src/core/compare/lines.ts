import { WorkbookModel, ScheduleId } from '../schedules/model';
import { Fact, fact } from './facts';

/** A functional-subject row of a schedule with its figure in one column. */
export interface SubjectLine {
  key: string;
  code: string;
  /** The row's label as written (科学技术支出). */
  label: string;
  level: number;
  fact: Fact;
}

/**
 * The functional-subject rows of `schedule` at `level` (1 类, 2 款, 3 项), in table order,
 * with their figure in `col`. Rows repeating an earlier code and unreadable cells are left out.
 */
export function subjectLines(model: WorkbookModel | undefined, schedule: ScheduleId, col: string, level: number): SubjectLine[] {
  const inst = model?.schedules.get(schedule);
  if (!inst) return [];
  const out: SubjectLine[] = [];
  for (const row of inst.rows) {
    if (row.level !== level || !row.code || row.duplicateOf) continue;
    const f = fact(model, schedule, row.key, col);
    if (f) out.push({ key: row.key, code: row.code, label: row.label, level, fact: f });
  }
  return out;
}

/** The label of the subject row with `code` in `schedule`, if any. */
export function subjectLabel(model: WorkbookModel | undefined, schedule: ScheduleId, code: string): string | undefined {
  return model?.schedules.get(schedule)?.rows.find((r) => r.code === code && !r.duplicateOf)?.label;
}

/** Suffix naming a subject's level in the report: （类）, （款）, （项）. */
export function levelSuffix(level: number): string {
  return level === 1 ? '（类）' : level === 2 ? '（款）' : '（项）';
}
