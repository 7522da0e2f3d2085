import { CellRef } from '../grid/sheet-grid';
import { ScheduleId } from '../schedules/model';

/**
 * The Document model of the explanatory report (决算情况说明): sections, paragraphs, runs.
 * Every number carries the source it was computed from, and every gap is a typed
 * placeholder, so renderers (text, Markdown, HTML, .docx, the pane) show the same content
 * and the pane can tie each figure to its cell.
 */

/** Where a figure comes from: one schedule cell of one year, or a supplementary fact. */
export interface FigureSource {
  schedule?: ScheduleId;
  row?: string;
  col?: string;
  year?: number;
  /** The cell, when the figure was read from one (this year's or last year's workbook). */
  ref?: CellRef;
  /** For supplementary facts (补充信息 sheet) and budget figures: the item's name. */
  supplement?: string;
}

/** How a number run was derived from its sources. */
export type FigureKind = 'amount' | 'difference' | 'rate' | 'share' | 'completion' | 'count';

export interface TextRun {
  kind: 'text';
  text: string;
}

/** A number as written in the report ("17.80", "12.5"), with the figures it comes from. */
export interface NumberRun {
  kind: 'number';
  text: string;
  /** The exact value: 分 for amounts and differences; percentage points for rates and shares. */
  value: number;
  figure: FigureKind;
  sources: FigureSource[];
}

/** What kind of input a placeholder waits for. */
export type PlaceholderKind = 'reason' | 'prior' | 'budget' | 'supplement';

/** A visible gap (【请填写变动原因】) the user fills in; listed as an open item. */
export interface PlaceholderRun {
  kind: 'placeholder';
  /** Stable id, unique in the document (e.g. "reason:一:收支总计"), used to keep the user's text. */
  id: string;
  placeholder: PlaceholderKind;
  /** The text shown, including 【】. */
  text: string;
  /** Suggested starting points (largest contributors), never inserted automatically. */
  suggestions?: string[];
}

export type Run = TextRun | NumberRun | PlaceholderRun;

export interface Paragraph {
  runs: Run[];
  /** A chart the paragraph names, placed after it (图1 …). */
  chart?: { id: string; caption: string };
}

export interface Section {
  /** Stable id (一, 五.二 …) for regeneration and anchors. */
  id: string;
  /** The heading as printed: "一、收入支出决算总体情况说明" or "（一）总体情况". */
  heading: string;
  /** 1 = 一、 heading (黑体), 2 = （一） sub-heading (楷体). */
  level: 1 | 2;
  paragraphs: Paragraph[];
  subsections: Section[];
}

/** A placeholder left in the document, for the list of open items. */
export interface OpenItem {
  id: string;
  placeholder: PlaceholderKind;
  /** Which section it is in, by heading. */
  section: string;
  /** What is asked for, in Chinese. */
  description: string;
}

export interface NarrativeDocument {
  /** "2024年度某市科学技术局决算情况说明". */
  title: string;
  /**
   * The title in two parts, for when it does not fit one line (titleLines): the unit, and
   * "2024年度决算情况说明". Absent when the unit is not known.
   */
  titleParts?: { unit: string; rest: string };
  style: string;
  sections: Section[];
  openItems: OpenItem[];
}

/** The plain text of a paragraph's runs. */
export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}
