import type { NarrativeStyle } from '../narrative/styles/style';
import type { ScheduleDef } from '../schedules/catalogue/schedules';
import type { ScheduleId } from '../schedules/model';

/** One schedule of a template set: its printed number and whether it may be absent. */
export interface TemplateEntry {
  id: ScheduleId;
  /** The number the template prints: 公开01表, 一, 十四 … */
  number: string;
  mandatory: boolean;
}

/** What the recogniser found that tells template sets apart. */
export interface TemplateCues {
  /** Schedules whose titles were found (before the template resolves ids). */
  ids: ReadonlySet<ScheduleId>;
  /** The catalogue titles matched, normalised (recognise/text.ts norm). */
  titles: ReadonlySet<string>;
  /** The first year a title or a unit line named. */
  year?: number;
}

/** A built-in rule pack file of a template set, merged in order. */
export interface PackPart {
  file: string;
  json: unknown;
  /**
   * The fiscal years the file applies to (both ends included); absent: every year. A file
   * with a bound applies only to a workbook whose year is known and inside it, so a later
   * year's file can change a rule of the files before it.
   */
  years?: { from?: number; to?: number };
}

/**
 * A regional template set as one registry entry (design.md, "template registry"): how it is
 * detected, its schedules, its built-in rule packs, its report style and its label. Adding a
 * province is registering one of these; nothing else names a template.
 */
export interface TemplateSet {
  id: string;
  /** Chinese name shown to users: 全国通用九表 … */
  name: string;
  schedules: TemplateEntry[];
  /** Sets are tried from the highest priority down; the first whose detector agrees wins. */
  priority: number;
  detect(cues: TemplateCues): boolean;
  /** The built-in rule pack, as JSON files merged in order (src/core/rules/packs), some only for some years. */
  packs: PackPart[];
  /** Id of the report style (NarrativeStyle.id) used unless the user picks another. */
  style: string;
  /** How a catalogue definition reads under this set (e.g. the national 公开09表). */
  resolveDef?(def: ScheduleDef): ScheduleDef;
}

export type { NarrativeStyle };
