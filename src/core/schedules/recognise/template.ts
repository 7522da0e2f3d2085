import { ScheduleDef } from '../catalogue/schedules';
import { ScheduleId, TemplateId } from '../model';
import { detectTemplateSet, templateSet } from '../../templates';

export interface TitleCue {
  def: ScheduleDef;
  matchedTitle: string;
  year?: number;
}

/**
 * Decide the regional template from the titles found: the registry's sets are asked from
 * the most specific down (src/core/templates), and the national set takes the rest.
 */
export function decideTemplate(cues: TitleCue[], explicit?: TemplateId): TemplateId {
  if (explicit) return explicit;
  return detectTemplateSet({
    ids: new Set(cues.map((c) => c.def.id)),
    titles: new Set(cues.map((c) => c.matchedTitle)),
    year: cues.find((c) => c.year !== undefined)?.year,
  }).id;
}

/** How a matched definition reads under the template (e.g. the national 公开09表). */
export function resolveDef(def: ScheduleDef, template: TemplateId): ScheduleDef {
  return templateSet(template).resolveDef?.(def) ?? def;
}

/** Mandatory and optional schedules of the template that were not found. */
export function missingSchedules(template: TemplateId, found: ReadonlySet<ScheduleId>): { missing: ScheduleId[]; absentOptional: ScheduleId[] } {
  const missing: ScheduleId[] = [];
  const absentOptional: ScheduleId[] = [];
  for (const e of templateSet(template).schedules) {
    if (found.has(e.id)) continue;
    (e.mandatory ? missing : absentOptional).push(e.id);
  }
  return { missing, absentOptional };
}
