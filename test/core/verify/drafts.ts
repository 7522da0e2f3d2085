/**
 * Correct drafts to verify: the narrative of the fixture workbooks in each style, with every
 * 补充信息 fact filled and every reason typed (as a user finishing the draft would), as the
 * paragraphs of a written report. Injection helpers change one thing in them.
 */
import { NarrativeDocument, Section, generateNarrative, paragraphText } from '../../../src/core/narrative';
import { SUPPLEMENT_ITEMS, Supplement, SupplementEntry } from '../../../src/core/supplement';
import { WorkbookModel } from '../../../src/core/schedules/model';
import { SheetGrid } from '../../../src/core/grid/sheet-grid';
import { pair } from '../narrative/helpers';

export type Style = 'sichuan' | 'national';
export const STYLES: Style[] = ['sichuan', 'national'];

export interface Draft {
  style: Style;
  model: WorkbookModel;
  prior: WorkbookModel;
  supplement: Supplement;
  paragraphs: string[];
  /** The fixture sheets of this year and last year, to write as .xlsx files. */
  sheets: SheetGrid[];
  priorSheets: SheetGrid[];
}

const entry = (item: string, text: string, n?: number): SupplementEntry => ({ item, text, ref: { sheet: '补充信息', address: 'B2' }, ...(n !== undefined ? { number: n } : {}) });

/** Every supplementary fact with a plausible figure (amounts in 万元, counts whole). */
function fullSupplement(): Supplement {
  const facts = new Map<string, SupplementEntry>();
  // 机关运行经费 stays T06's 公用经费合计, so the workbook alone (no 补充信息 sheet) backs it.
  SUPPLEMENT_ITEMS.filter((item) => item.name !== '机关运行经费').forEach((item, i) => {
    const n = item.unit === '万元' ? (item.name === '政府采购支出总额' ? 300 : 100 - i) : (i % 5) + 2;
    facts.set(item.name, entry(item.name, String(n), n));
  });
  return { sheet: '补充信息', facts, reasons: new Map(), budgets: new Map() };
}

/** The paragraphs of a drafted document as a written report has them: title, headings, text. */
export function paragraphsOf(doc: NarrativeDocument): string[] {
  const out = [doc.title];
  const walk = (s: Section) => {
    out.push(s.heading);
    s.paragraphs.forEach((p) => out.push(paragraphText(p)));
    s.subsections.forEach(walk);
  };
  doc.sections.forEach(walk);
  return out;
}

/** The finished draft of the fixture in `style` (national workbook / Sichuan 2023 workbook). */
export function draft(style: Style): Draft {
  const p = pair({ template: style === 'national' ? 'national' : 'sichuan2023', budgetColumns: true });
  const supplement = fullSupplement();
  const first = generateNarrative(p.model, { style, prior: p.prior, supplement });
  for (const item of first.openItems) if (item.placeholder === 'reason') supplement.reasons.set(item.id, entry(item.id, '业务量变化所致'));
  const doc = generateNarrative(p.model, { style, prior: p.prior, supplement });
  return { style, model: p.model, prior: p.prior, supplement, paragraphs: paragraphsOf(doc), sheets: p.fixture.sheets, priorSheets: p.priorFixture.sheets };
}

/** The draft with the first match of `pattern` replaced (throws when nothing matches, so a test cannot pass vacuously). */
export function inject(d: Draft, search: RegExp | string, replace: string | ((...m: string[]) => string)): string[] {
  const pattern = typeof search === 'string' ? new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : search;
  let done = false;
  const paragraphs = d.paragraphs.map((p) => {
    if (done || !pattern.test(p)) return p;
    done = true;
    return p.replace(pattern, replace as string);
  });
  if (!done) throw new Error(`nothing matches ${pattern}`);
  return paragraphs;
}

/** The number one unit of its last decimal higher ("12.34" → "12.35", "7" → "8"). */
export function bump(text: string): string {
  const d = text.includes('.') ? text.split('.')[1].length : 0;
  return (Number(text) + 10 ** -d).toFixed(d);
}
