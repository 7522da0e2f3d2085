import { Annotation, StoredData, StoredPack, StoredPrior, StoredSettings, isPercentDecimals, isReportYear } from './document';

/**
 * Pure changes to the document, one per thing a user does; each returns a new document and
 * never modifies its argument. Empty values remove their entry, so nothing blank is stored.
 */

/**
 * The document with finding `key`'s annotation changed: `explanation` (trimmed; '' removes it)
 * and/or `ignored`; an annotation left with neither is dropped.
 * @example withAnnotation(d, 'W-01@表1!B9', { explanation: ' 因政策调整 ' }, now).annotations['W-01@表1!B9'].explanation === '因政策调整'
 */
export function withAnnotation(d: StoredData, key: string, change: { explanation?: string; ignored?: boolean }, now: Date): StoredData {
  const next: Annotation = { ...d.annotations[key], updatedAt: now.toISOString() };
  if (change.explanation !== undefined) {
    const text = change.explanation.trim();
    if (text) next.explanation = text;
    else delete next.explanation;
  }
  if (change.ignored !== undefined) {
    if (change.ignored) next.ignored = true;
    else delete next.ignored;
  }
  const annotations = { ...d.annotations };
  if (!next.explanation && !next.ignored) delete annotations[key];
  else annotations[key] = next;
  return { ...d, annotations };
}

/** The document with the text typed for placeholder `id` (trimmed; '' removes it). */
export function withReason(d: StoredData, id: string, text: string, now: Date): StoredData {
  const reasons = { ...d.reasons };
  const t = text.trim();
  if (t) reasons[id] = { text: t, updatedAt: now.toISOString() };
  else delete reasons[id];
  return { ...d, reasons };
}

/** The document with paragraph `key`'s edit set, or removed when `edit` is undefined. */
export function withEdit(d: StoredData, key: string, edit: { text: string; generated: string } | undefined, now: Date): StoredData {
  const edits = { ...d.edits };
  if (edit && edit.text.trim()) edits[key] = { ...edit, updatedAt: now.toISOString() };
  else delete edits[key];
  return { ...d, edits };
}

/** The document without the edits of `keys`. */
export function withoutEdits(d: StoredData, keys: readonly string[]): StoredData {
  const edits = { ...d.edits };
  for (const k of keys) delete edits[k];
  return { ...d, edits };
}

/** The document with the overrides changed; undefined or blank values remove an override. */
export function withSettings(d: StoredData, change: Partial<Record<keyof StoredSettings, unknown>>): StoredData {
  const merged: Record<string, unknown> = { ...d.settings, ...change };
  const out: StoredSettings = {};
  if (typeof merged.unitName === 'string' && merged.unitName.trim()) out.unitName = merged.unitName.trim();
  if (isReportYear(merged.year)) out.year = merged.year;
  if (typeof merged.style === 'string' && merged.style) out.style = merged.style;
  if (isPercentDecimals(merged.percentDecimals)) out.percentDecimals = merged.percentDecimals;
  if (typeof merged.integerAmounts === 'boolean') out.integerAmounts = merged.integerAmounts;
  if (typeof merged.listZeroItems === 'boolean') out.listZeroItems = merged.listZeroItems;
  return { ...d, settings: out };
}

/** The document with last year's model set, or removed. */
export function withPrior(d: StoredData, prior: StoredPrior | undefined): StoredData {
  const out = { ...d };
  if (prior) out.prior = prior;
  else delete out.prior;
  return out;
}

/** The document with its department rule packs replaced. */
export function withPacks(d: StoredData, packs: StoredPack[]): StoredData {
  return { ...d, packs: [...packs] };
}
