import { StoredEdit, TypedText } from '../stored/document';
import { Supplement, SupplementEntry } from '../supplement';
import { NarrativeDocument, Paragraph, Run, Section, paragraphText } from './document';

/**
 * What the user wrote into the report, applied to a generated document: texts typed for
 * placeholders (reasons reach the generator as Supplement.reasons, as if typed in the 补充信息
 * sheet; any other placeholder is filled afterwards) and paragraph edits, kept while the
 * generated paragraph they were made against is word for word the same.
 */

/** Where a text typed in the pane "lives": no cell, so a pseudo reference. */
export const PANE_REF = { sheet: '决算助手', address: '-' } as const;

/** An edit whose paragraph changed since (new numbers): shown once, for the user to copy. */
export interface StaleEdit {
  key: string;
  edit: string;
}

/** "一:0", "五.二:1": a paragraph's key within the report. */
export function paragraphKey(sectionId: string, index: number): string {
  return `${sectionId}:${index}`;
}

/** Every paragraph of the document with its key, sections and subsections in order. */
export function keyedParagraphs(doc: NarrativeDocument): { key: string; paragraph: Paragraph }[] {
  const out: { key: string; paragraph: Paragraph }[] = [];
  const walk = (s: Section): void => {
    s.paragraphs.forEach((paragraph, i) => out.push({ key: paragraphKey(s.id, i), paragraph }));
    s.subsections.forEach(walk);
  };
  doc.sections.forEach(walk);
  return out;
}

/**
 * The workbook's supplement with the typed reasons added; a reason typed in the pane wins over
 * one in the 补充信息 sheet (it is the later word). The base is never modified.
 */
export function supplementWithReasons(base: Supplement | undefined, typed: Readonly<Record<string, TypedText>>): Supplement | undefined {
  const reasons = Object.entries(typed).filter(([id]) => id.startsWith('reason:'));
  if (reasons.length === 0) return base;
  const out: Supplement = base ? { ...base, reasons: new Map(base.reasons) } : { sheet: PANE_REF.sheet, facts: new Map(), reasons: new Map(), budgets: new Map() };
  for (const [id, t] of reasons) {
    const entry: SupplementEntry = { item: id, text: t.text, ref: { ...PANE_REF } };
    out.reasons.set(id, entry);
  }
  return out;
}

/** Trailing punctuation goes: the sentence supplies its own. */
function clean(text: string): string {
  return text.trim().replace(/[。；;，,]+$/, '');
}

function mapParagraphs(doc: NarrativeDocument, f: (p: Paragraph, key: string) => Paragraph): Section[] {
  const mapSection = (s: Section): Section => ({ ...s, paragraphs: s.paragraphs.map((p, i) => f(p, paragraphKey(s.id, i))), subsections: s.subsections.map(mapSection) });
  return doc.sections.map(mapSection);
}

/**
 * The document with the remaining placeholders the user typed a text for replaced by that
 * text, and their open items gone (reasons were already taken by the generator).
 */
export function fillPlaceholders(doc: NarrativeDocument, typed: Readonly<Record<string, TypedText>>): NarrativeDocument {
  if (Object.keys(typed).length === 0) return doc;
  const filled = new Set<string>();
  const fill = (r: Run): Run => {
    if (r.kind !== 'placeholder') return r;
    const text = clean(typed[r.id]?.text ?? '');
    if (!text) return r;
    filled.add(r.id);
    return { kind: 'text', text };
  };
  const sections = mapParagraphs(doc, (p) => ({ ...p, runs: p.runs.map(fill) }));
  return { ...doc, sections, openItems: doc.openItems.filter((o) => !filled.has(o.id)) };
}

/**
 * Which stored edits still apply to a document: those whose paragraph exists and whose
 * generated text is unchanged. The rest are stale (the numbers moved).
 */
export function mergeEdits(doc: NarrativeDocument, stored: Readonly<Record<string, StoredEdit>>): { kept: Map<string, string>; stale: StaleEdit[] } {
  const generated = new Map(keyedParagraphs(doc).map(({ key, paragraph }) => [key, paragraphText(paragraph)]));
  const kept = new Map<string, string>();
  const stale: StaleEdit[] = [];
  for (const [key, edit] of Object.entries(stored)) {
    if (generated.get(key) === edit.generated) kept.set(key, edit.text);
    else stale.push({ key, edit: edit.text });
  }
  return { kept, stale };
}

/**
 * The document with the kept edits in place of their paragraphs (one text run each, the
 * chart kept). A placeholder of an edited paragraph stays an open item only while the
 * user's text still contains it.
 */
export function applyEdits(doc: NarrativeDocument, kept: ReadonlyMap<string, string>): NarrativeDocument {
  if (kept.size === 0) return doc;
  const dropped = new Set<string>();
  const sections = mapParagraphs(doc, (p, key) => {
    const text = kept.get(key);
    if (text === undefined) return p;
    for (const r of p.runs) if (r.kind === 'placeholder' && !text.includes(r.text)) dropped.add(r.id);
    return { ...p, runs: [{ kind: 'text', text }] };
  });
  return { ...doc, sections, openItems: doc.openItems.filter((o) => !dropped.has(o.id)) };
}
