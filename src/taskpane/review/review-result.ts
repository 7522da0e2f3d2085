import { checkWorkbook } from '../core/check';
import { WorkbookSource } from '../core/grid/sheet-grid';
import { Unit } from '../core/grid/units';
import { Finding } from '../core/rules/finding';
import { scheduleDef } from '../core/schedules/catalogue/schedules';
import { templateDef } from '../core/schedules/catalogue/templates';
import { ScheduleId, WorkbookModel } from '../core/schedules/model';
import { Supplement, readSupplement } from '../core/supplement';
import { OWNED_SHEET_PREFIX } from '../hosts/workbook-host';

export interface ScheduleSummary {
  id: ScheduleId;
  title: string;
  sheet: string;
}

/** What the pane shows after a check: the workbook's header facts and the findings. */
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
 * Check a workbook for the pane: the add-in's own sheets (OWNED_SHEET_PREFIX) are left out
 * first, so an exported findings sheet, whose text quotes schedule titles, is never read
 * as a schedule.
 * @throws SheetNotRecognizedError when no schedule is found (from checkWorkbook)
 */
export function reviewWorkbook(source: WorkbookSource): ReviewResult {
  const sheets = source.sheets.filter((s) => !s.name.startsWith(OWNED_SHEET_PREFIX));
  const { model, findings } = checkWorkbook({ file: source.file, sheets });
  const schedules = [...model.schedules.values()];
  return {
    workbook: source.file,
    unitName: model.unitName,
    year: model.year,
    templateName: templateDef(model.template).name,
    amountUnit: schedules[0]?.unit,
    schedules: schedules.map((s) => ({ id: s.id, title: scheduleTitle(s.id), sheet: s.sheet })),
    missing: model.missing.map((id) => ({ id, title: scheduleTitle(id) })),
    findings: findings.filter((f) => f.outcome !== 'pass'),
    passCount: findings.filter((f) => f.outcome === 'pass').length,
    model,
    supplement: readSupplement(source.sheets),
  };
}
