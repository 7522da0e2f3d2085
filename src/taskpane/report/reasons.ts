import { Annotations } from '../../hosts/workbook-host';
import { NarrativeDocument, Run, Section } from '../../core/narrative/document';
import { Supplement, SupplementEntry } from '../../core/supplement';

/**
 * What the user typed for the report's placeholders, kept in the workbook's annotations
 * under `report:<placeholder id>` with the text as `explanation`. Reasons reach the
 * narrative as Supplement.reasons, exactly as if typed in the 补充信息 sheet; any other
 * placeholder typed in the pane (a last-year figure, a budget) is filled after generation.
 */

export const REASON_PREFIX_KEY = 'report:';

/** Where a reason typed in the pane "lives": no cell, so a pseudo reference. */
export const PANE_REF = { sheet: '决算助手', address: '-' } as const;

/** Typed texts by placeholder id. */
export function typedFromAnnotations(annotations: Annotations): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, a] of Object.entries(annotations)) {
    const text = a.explanation?.trim();
    if (key.startsWith(REASON_PREFIX_KEY) && text) out.set(key.slice(REASON_PREFIX_KEY.length), text);
  }
  return out;
}

/** The annotations with the text for placeholder `id` set (trimmed), or removed when empty. */
export function withTyped(annotations: Annotations, id: string, text: string, now: Date): Annotations {
  const out = { ...annotations };
  const key = REASON_PREFIX_KEY + id;
  const t = text.trim();
  if (t === '') delete out[key];
  else out[key] = { explanation: t, updatedAt: now.toISOString() };
  return out;
}

/**
 * The workbook's supplement with the pane's reasons added; a reason typed in the pane wins
 * over one in the 补充信息 sheet (it is the later word). The base is never modified.
 */
export function supplementWithReasons(base: Supplement | undefined, typed: Map<string, string>): Supplement | undefined {
  const reasons = [...typed].filter(([id]) => id.startsWith('reason:'));
  if (reasons.length === 0) return base;
  const out: Supplement = base
    ? { ...base, reasons: new Map(base.reasons) }
    : { sheet: PANE_REF.sheet, facts: new Map(), reasons: new Map(), budgets: new Map() };
  for (const [id, text] of reasons) {
    const entry: SupplementEntry = { item: id, text, ref: { ...PANE_REF } };
    out.reasons.set(id, entry);
  }
  return out;
}

/** Trailing punctuation goes: the sentence supplies its own. */
function clean(text: string): string {
  return text.trim().replace(/[。；;，,]+$/, '');
}

/**
 * The document with the remaining placeholders the user typed a text for replaced by that
 * text, and their open items gone (reasons were already taken by generateNarrative).
 */
export function fillPlaceholders(doc: NarrativeDocument, typed: Map<string, string>): NarrativeDocument {
  const filled = new Set<string>();
  const fill = (r: Run): Run => {
    if (r.kind !== 'placeholder') return r;
    const text = typed.get(r.id);
    if (!text || clean(text) === '') return r;
    filled.add(r.id);
    return { kind: 'text', text: clean(text) };
  };
  const mapSection = (s: Section): Section => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => ({ ...p, runs: p.runs.map(fill) })),
    subsections: s.subsections.map(mapSection),
  });
  if (typed.size === 0) return doc;
  const sections = doc.sections.map(mapSection);
  return { ...doc, sections, openItems: doc.openItems.filter((o) => !filled.has(o.id)) };
}

/**
 * A suggestion as it goes into the sentence: suggestions start with 主要是, which would
 * repeat the lead when the sentence already reads "主要变动原因是".
 * @example fitSuggestion('主要是A增加1万元', '。主要变动原因是') === 'A增加1万元'
 */
export function fitSuggestion(suggestion: string, textBefore: string): string {
  const s = suggestion.trim();
  if (/原因是$/.test(textBefore.trim()) && s.startsWith('主要是')) return s.slice('主要是'.length);
  return s;
}
