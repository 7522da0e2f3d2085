import { NarrativeContext } from '../narrative/context';
import { PartKey, narrativeStyle } from '../narrative/styles';
import { templateSet } from '../templates';
import { WorkbookModel } from '../schedules/model';
import { Supplement } from '../supplement';
import { buildCatalogue } from './catalogue';
import { CHECKS } from './checks';
import { VerifyContext } from './context';
import { figuresOf } from './figures';
import { normaliseText } from './normalise';
import { splitReport, styleSections } from './sections';
import { tieSentence } from './tie';
import { TiedFigure, VerifyFinding, VerifyResult } from './types';

export * from './types';
export { splitReport, splitSentences } from './sections';
export { VERIFY_KIND_LABELS, VERIFY_SEVERITY_LABELS } from './labels';
export { findingTitle, verifyFindingLines, verifyReportText, verifySummary } from './summary';
export { markedReport } from './marks';
export type { MarkedSection, MarkedSentence } from './marks';

export interface VerifyOptions {
  /** Last year's workbook, for every change and growth rate the text states. */
  prior?: WorkbookModel;
  /** The workbook's 补充信息 sheet (政府采购, counts, budgets). */
  supplement?: Supplement;
  /** Section list and wording to expect; default from the workbook's template. */
  /** A report style id of the template registry; default the template's. */
  style?: string;
}

const ORDER = { error: 0, warning: 1, info: 2 };

/**
 * Check a written 决算情况说明 against its schedules (issue 13): split it into sections and
 * sentences, tie every stated figure to the schedule value it claims from its section and
 * the words before it, recompute and compare, and check that the package is complete.
 * Figures that cannot be tied are listed in `unchecked`, never passed silently.
 * @example
 *   const r = verifyReport(paragraphs, model, { prior });
 *   r.findings.filter((f) => f.severity === 'error').map((f) => f.message);
 */
export function verifyReport(paragraphs: string[], model: WorkbookModel, options: VerifyOptions = {}): VerifyResult {
  const style = narrativeStyle(options.style ?? templateSet(model.template).style);
  const narrative = new NarrativeContext(model, style, style.percentDecimals, options.prior, options.supplement);
  const catalogue = buildCatalogue(narrative);
  const report = splitReport(paragraphs, style);
  const texts = report.sentences.map((s) => normaliseText(s.text));
  const sections = styleSections(style);
  const allParts = [...catalogue.keys()];
  const partsOf = (id: string | undefined): PartKey[] => {
    const spec = sections.find((s) => s.spec.id === id)?.spec;
    if (!spec) return allParts;
    return [...(spec.parts ?? []), ...(spec.subsections ?? []).flatMap((s) => s.parts ?? [])];
  };
  const figures: TiedFigure[] = [];
  for (const s of report.sentences) {
    const text = texts[s.index];
    // A sentence that only names a line ("行政运行（项）。") lends its name to the next one.
    const previous = report.sentences[s.index - 1];
    const context = previous && previous.paragraph === s.paragraph && figuresOf(previous, texts[previous.index]).length === 0 ? texts[previous.index] : '';
    const claims = partsOf(s.sectionId).flatMap((p) => catalogue.get(p) ?? []);
    figures.push(...tieSentence(text, context, figuresOf(s, text), claims));
  }
  const ctx: VerifyContext = { report, texts, figures, model, prior: options.prior, style, narrative, catalogue, partsOf, unchecked: [] };
  const findings: VerifyFinding[] = CHECKS.flatMap((check) => check(ctx));
  findings.sort((a, b) => (a.sentenceIndex ?? -1) - (b.sentenceIndex ?? -1) || ORDER[a.severity] - ORDER[b.severity]);
  ctx.unchecked.sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  return { sentences: report.sentences, figures, findings, unchecked: ctx.unchecked };
}
