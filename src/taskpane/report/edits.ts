import { Annotation, Annotations } from '../../hosts/workbook-host';
import { NarrativeDocument, Paragraph, Section, paragraphText } from '../../core/narrative/document';

/**
 * The user's own wording of report paragraphs, kept in the workbook's annotations under
 * `report-edit:<section id>:<paragraph index>`. The hosts keep only `explanation` text, so
 * the edit and the generated text it was made against travel together as JSON there: on
 * regeneration an edit survives only while the generated paragraph is word for word the same.
 */

export const EDIT_PREFIX = 'report-edit:';

/** A stored paragraph edit: the user's text and the generated text it replaced. */
export interface ParagraphEdit {
  text: string;
  generated: string;
}

/** An edit whose paragraph changed since (new numbers): shown once, for the user to copy. */
export interface StaleEdit {
  key: string;
  edit: string;
}

export interface EditMerge {
  /** Edits still valid, by paragraph key. */
  kept: Map<string, string>;
  stale: StaleEdit[];
}

/** "一:0", "五.二:1": a paragraph's key within the document. */
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

/** The annotation text of an edit (JSON, since the hosts store only text). */
export function encodeEdit(edit: ParagraphEdit): string {
  return JSON.stringify({ text: edit.text, generated: edit.generated });
}

/** An edit from its annotation text; undefined when it is not one of ours. */
export function decodeEdit(explanation: string | undefined): ParagraphEdit | undefined {
  if (!explanation) return undefined;
  try {
    const o = JSON.parse(explanation) as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.generated === 'string' && o.text.trim() !== '') return { text: o.text, generated: o.generated };
  } catch {
    // Someone edited the stored text by hand: ignore it rather than fail the tab.
  }
  return undefined;
}

/** The paragraph edits stored in the annotations, by paragraph key. */
export function editsFromAnnotations(annotations: Annotations): Map<string, ParagraphEdit> {
  const out = new Map<string, ParagraphEdit>();
  for (const [key, a] of Object.entries(annotations)) {
    if (!key.startsWith(EDIT_PREFIX)) continue;
    const edit = decodeEdit(a.explanation);
    if (edit) out.set(key.slice(EDIT_PREFIX.length), edit);
  }
  return out;
}

/**
 * The annotations with the edit of paragraph `key` set, or removed when `edit` is undefined
 * or says nothing beyond the generated text.
 */
export function withEdit(annotations: Annotations, key: string, edit: ParagraphEdit | undefined, now: Date): Annotations {
  const out = { ...annotations };
  const k = EDIT_PREFIX + key;
  if (!edit || edit.text.trim() === '' || edit.text.trim() === edit.generated.trim()) delete out[k];
  else out[k] = { explanation: encodeEdit({ text: edit.text.trim(), generated: edit.generated }), updatedAt: now.toISOString() } satisfies Annotation;
  return out;
}

/**
 * Which stored edits still apply to a freshly generated document: those whose paragraph
 * exists and whose generated text is unchanged. The rest are stale (the numbers moved).
 * @example mergeEdits(doc, new Map([['一:0', { text: '改', generated: paragraphText(p) }]])).kept.get('一:0') === '改'
 */
export function mergeEdits(doc: NarrativeDocument, stored: Map<string, ParagraphEdit>): EditMerge {
  const generated = new Map(keyedParagraphs(doc).map(({ key, paragraph }) => [key, paragraphText(paragraph)]));
  const kept = new Map<string, string>();
  const stale: StaleEdit[] = [];
  for (const [key, edit] of stored) {
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
export function applyEdits(doc: NarrativeDocument, kept: Map<string, string>): NarrativeDocument {
  if (kept.size === 0) return doc;
  const dropped = new Set<string>();
  const mapSection = (s: Section): Section => ({
    ...s,
    paragraphs: s.paragraphs.map((p, i) => {
      const text = kept.get(paragraphKey(s.id, i));
      if (text === undefined) return p;
      for (const r of p.runs) if (r.kind === 'placeholder' && !text.includes(r.text)) dropped.add(r.id);
      return { ...p, runs: [{ kind: 'text', text }] };
    }),
    subsections: s.subsections.map(mapSection),
  });
  const sections = doc.sections.map(mapSection);
  return { ...doc, sections, openItems: doc.openItems.filter((o) => !dropped.has(o.id)) };
}
