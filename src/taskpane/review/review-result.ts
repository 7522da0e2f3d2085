import { Unit } from '../../core/grid/units';
import { Finding } from '../../core/rules/finding';
import { scheduleDef } from '../../core/schedules/catalogue/schedules';
import { ScheduleId, WorkbookModel } from '../../core/schedules/model';
import type { Session } from '../../core/session';
import { Supplement } from '../../core/supplement';

export interface ScheduleSummary {
  id: ScheduleId;
  title: string;
  sheet: string;
}

/** What the 审核 tab shows after a check: the workbook's header facts and the findings. */
export interface ReviewResult {
  workbook: string;
  unitName?: string;
  year?: number;
  templateName: string;
  /** The money unit of the first schedule (万元 …). */
  amountUnit?: Unit;
  schedules: ScheduleSummary[];
  /** Mandatory schedules of the template that were not found. */
  missing: { id: ScheduleId; title: string }[];
  /** Every finding except passes, in the engine's order. */
  findings: Finding[];
  /** Each finding's rule in words (Session.ruleTitle), for the exported sheet. */
  ruleTitles: Readonly<Record<string, string>>;
  passCount: number;
  /** The recognised workbook, for the 图表 and 说明 tabs. */
  model: WorkbookModel;
  /** The 补充信息 sheet (the user's own or the add-in's 决算助手_补充信息), when present. */
  supplement?: Supplement;
}

/** The catalogue's name of a schedule (收入支出决算总表 …). */
export function scheduleTitle(id: ScheduleId): string {
  return scheduleDef(id).titles[0];
}

/**
 * The 审核 tab's view of a session: the same findings every surface gets, passes counted.
 * @example reviewResult(openSession(source, emptyStored())).findings.length
 */
export function reviewResult(session: Session): ReviewResult {
  const { model, findings } = session;
  const schedules = [...model.schedules.values()];
  const shown = findings.filter((f) => f.outcome !== 'pass');
  return {
    workbook: session.source.file,
    unitName: model.unitName,
    year: model.year,
    templateName: session.template.name,
    amountUnit: schedules[0]?.unit,
    schedules: schedules.map((s) => ({ id: s.id, title: scheduleTitle(s.id), sheet: s.sheet })),
    missing: model.missing.map((id) => ({ id, title: scheduleTitle(id) })),
    findings: shown,
    ruleTitles: Object.fromEntries(shown.map((f) => [f.rule, session.ruleTitle(f.rule)])),
    passCount: findings.filter((f) => f.outcome === 'pass').length,
    model,
    supplement: session.supplement,
  };
}
