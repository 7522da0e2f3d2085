import { WorkbookModel } from '../schedules/model';
import { Supplement } from '../supplement';
import { NarrativeContext } from './context';
import { NarrativeDocument, Section } from './document';
import { PART_GENERATORS } from './parts';
import { bareWholeAmounts } from './integer-amounts';
import { OpenItemHints } from './open-item-hints';
import { SectionSpec, narrativeStyle } from './styles';

export * from './document';
export { narrativeStyle, SICHUAN_STYLE, NATIONAL_STYLE } from './styles';
export type { NarrativeStyle, SectionSpec, PartKey, ChartKey } from './styles';
export { WORKBOOK_HINTS } from './open-item-hints';
export { titleLines, PRINTED_TITLE_CHARS } from './title';
export type { OpenItemHints } from './open-item-hints';

export interface NarrativeOptions {
  style: string;
  /** Last year's workbook, for every year-on-year figure; without it those become placeholders. */
  prior?: WorkbookModel;
  /** The 补充信息 sheet: facts, budgets per 项, reasons by placeholder id. */
  supplement?: Supplement;
  /**
   * Last year's 补充信息: last year's own 机关运行经费, 三公 counts and 政府采购, used before any
   * figure from last year's schedules (issue 10.4).
   */
  priorSupplement?: Supplement;
  /** Decimals of rates and shares; default the style's (Sichuan 0, national 2). */
  percentDecimals?: number;
  /** The user's unit name for the title and the text, over the workbook's. */
  unitName?: string;
  /** The user's report year, over the workbook's. */
  year?: number;
  /** Write whole amounts bare ("11万元") instead of the default two decimals ("11.00万元"). */
  integerAmounts?: boolean;
  /** List the zero items of 二 and 三 ("经营收入0.00万元，占0.00%"); default the style's (off). */
  listZeroItems?: boolean;
  /** The surface's wording of what to do about an open item (the pane's clicks, the CLI's flags); default WORKBOOK_HINTS. */
  hints?: OpenItemHints;
}

function buildSection(ctx: NarrativeContext, spec: SectionSpec, level: 1 | 2, parent?: string): Section {
  ctx.section = parent ? `${parent} ${spec.heading}` : spec.heading;
  ctx.sectionId = spec.id;
  const paragraphs = (spec.parts ?? []).flatMap((k) => PART_GENERATORS[k](ctx));
  ctx.yearGaps(paragraphs);
  const subsections = (spec.subsections ?? []).map((s) => buildSection(ctx, s, 2, spec.heading));
  return { id: spec.id, heading: spec.heading, level, paragraphs, subsections };
}

/**
 * Draft the whole 决算情况说明 from the recognised schedules (narrative.md §1–§4): every
 * figure a NumberRun bound to its cells, every gap (a reason, a last-year figure, a budget,
 * a supplementary fact) one placeholder listed once in `openItems`. Reasons are never
 * invented; typed reasons from the Supplement replace their placeholders.
 * @example
 *   const doc = generateNarrative(model, { style: 'sichuan', prior });
 *   doc.sections[0].paragraphs.map(paragraphText);
 */
export function generateNarrative(model: WorkbookModel, options: NarrativeOptions): NarrativeDocument {
  const style = narrativeStyle(options.style);
  const decimals = options.percentDecimals ?? style.percentDecimals;
  const ctx = new NarrativeContext(model, style, decimals, options.prior, options.supplement, {
    priorSupplement: options.priorSupplement,
    listZeroItems: options.listZeroItems,
    unitName: options.unitName,
    year: options.year,
    hints: options.hints,
  });
  const sections = style.sections.map((s) => buildSection(ctx, s, 1));
  if (options.integerAmounts) sections.forEach(bareWholeAmounts);
  const year = `${ctx.year !== undefined ? `${ctx.year}年` : '【请填写年度】年'}度`;
  return {
    title: `${year}${ctx.unitName ?? ''}决算情况说明`,
    ...(ctx.unitName ? { titleParts: { unit: ctx.unitName, rest: `${year}决算情况说明` } } : {}),
    style: options.style,
    sections,
    openItems: ctx.openItems,
  };
}
