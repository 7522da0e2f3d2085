import { ScheduleDef, scheduleDef } from '../catalogue/schedules';
import { templateDef } from '../catalogue/templates';
import { ScheduleId, TemplateId } from '../model';
import { norm } from './text';

/** Titles only the Sichuan 2021 set uses (its 三公 tables are split by fund). */
const SICHUAN_2021_TITLES = new Set([norm('一般公共预算财政拨款“三公”经费支出决算表'), norm('政府性基金预算财政拨款“三公”经费支出决算表')]);
/** The merged 三公 table of the Sichuan 2023 set. */
const SICHUAN_2023_TITLES = new Set([norm('财政拨款“三公”经费支出决算表')]);
const SICHUAN_ONLY: ReadonlySet<ScheduleId> = new Set(['T05D', 'T05DG', 'T05P']);

export interface TitleCue {
  def: ScheduleDef;
  matchedTitle: string;
  year?: number;
}

/**
 * Decide the regional template from the titles found: any Sichuan detail table means
 * Sichuan; its 三公 tables tell 2021 (split by fund) from 2023 (merged); without them the
 * year decides (2023 onward → 2023 set). Everything else is national.
 */
export function decideTemplate(cues: TitleCue[], explicit?: TemplateId): TemplateId {
  if (explicit) return explicit;
  if (!cues.some((c) => SICHUAN_ONLY.has(c.def.id))) return 'national';
  if (cues.some((c) => c.def.id === 'T08S' || SICHUAN_2021_TITLES.has(c.matchedTitle))) return 'sichuan2021';
  if (cues.some((c) => SICHUAN_2023_TITLES.has(c.matchedTitle))) return 'sichuan2023';
  const year = cues.find((c) => c.year !== undefined)?.year;
  return year !== undefined && year <= 2022 ? 'sichuan2021' : 'sichuan2023';
}

/**
 * The schedule id a matched definition has under a template: the title
 * 国有资本经营预算财政拨款支出决算表 is T09 in the national set and T09E in the Sichuan sets.
 */
export function resolveDef(def: ScheduleDef, template: TemplateId): ScheduleDef {
  if (def.id === 'T09E' && template === 'national') return NATIONAL_T09_EXPENDITURE;
  return def;
}

/**
 * The national 公开09表 titled …支出决算表 is read as T09, but it shows only the 本年支出 columns
 * (合计 | 基本支出 | 项目支出): its carry-over columns become optional.
 */
const NATIONAL_T09_EXPENDITURE: ScheduleDef = (() => {
  const t09 = scheduleDef('T09');
  const spent = new Set(['本年支出合计', '基本支出', '项目支出']);
  return {
    ...t09,
    columns: t09.columns.map((c) => (spent.has(c.key) ? c : { ...c, optional: true })),
  };
})();

/** Mandatory and optional schedules of the template that were not found. */
export function missingSchedules(template: TemplateId, found: ReadonlySet<ScheduleId>): { missing: ScheduleId[]; absentOptional: ScheduleId[] } {
  const missing: ScheduleId[] = [];
  const absentOptional: ScheduleId[] = [];
  for (const e of templateDef(template).schedules) {
    if (found.has(e.id)) continue;
    (e.mandatory ? missing : absentOptional).push(e.id);
  }
  return { missing, absentOptional };
}
