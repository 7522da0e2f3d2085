import { JuesuanError } from '../errors';
import { isRecord } from '../json';
import { Annotation, Annotations, StoredData, StoredEdit, StoredPack, StoredPrior, StoredSettings, TypedText, emptyStored, isPercentDecimals, isReportYear } from './document';

/**
 * The stored-data document as JSON text:
 * `{"format":"juesuan-stored","version":1,"savedAt","annotations","reasons","edits","settings","prior","packs"}`
 * (docs/stored-data.md). Reading keeps every well-formed entry and drops the others, so one
 * hand-damaged entry never loses the rest.
 */
export const STORED_FORMAT = 'juesuan-stored';
export const STORED_VERSION = 1;

/** The stored text is not a document this version can read. */
export class StoredDataError extends JuesuanError {}

/**
 * JSON text of the document, safe inside XML 1.0 and a cell: JSON.stringify already escapes
 * control characters and lone surrogates; U+FFFE and U+FFFF are escaped too.
 * @example storedFromJson(storedToJson(emptyStored())).packs.length === 0
 */
export function storedToJson(d: StoredData): string {
  const out: Record<string, unknown> = { format: STORED_FORMAT, version: STORED_VERSION };
  if (d.savedAt) out.savedAt = d.savedAt;
  out.annotations = d.annotations;
  out.reasons = d.reasons;
  out.edits = d.edits;
  out.settings = d.settings;
  if (d.prior) out.prior = d.prior;
  out.packs = d.packs;
  return JSON.stringify(out).replace(/[\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

const str = (v: unknown): v is string => typeof v === 'string';

function entries<T>(raw: unknown, read: (v: Record<string, unknown>) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isRecord(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    const entry = isRecord(value) ? read(value) : undefined;
    if (entry !== undefined) out[key] = entry;
  }
  return out;
}

/** An annotation with an explanation or an ignore mark; anything else is dropped. */
export function readAnnotation(v: Record<string, unknown>): Annotation | undefined {
  if (!str(v.updatedAt)) return undefined;
  const out: Annotation = { updatedAt: v.updatedAt };
  if (str(v.explanation) && v.explanation) out.explanation = v.explanation;
  if (v.ignored === true) out.ignored = true;
  return out.explanation || out.ignored ? out : undefined;
}

/** Well-formed annotations of a JSON object. */
export function readAnnotations(raw: unknown): Annotations {
  return entries(raw, readAnnotation);
}

const readTyped = (v: Record<string, unknown>): TypedText | undefined => (str(v.text) && v.text.trim() && str(v.updatedAt) ? { text: v.text, updatedAt: v.updatedAt } : undefined);

const readEdit = (v: Record<string, unknown>): StoredEdit | undefined =>
  str(v.text) && v.text.trim() && str(v.generated) && str(v.updatedAt) ? { text: v.text, generated: v.generated, updatedAt: v.updatedAt } : undefined;

/** The well-formed overrides of a JSON object (blank names, odd years, other decimals dropped). */
export function readSettings(raw: unknown): StoredSettings {
  const out: StoredSettings = {};
  if (!isRecord(raw)) return out;
  if (str(raw.unitName) && raw.unitName.trim()) out.unitName = raw.unitName.trim();
  if (isReportYear(raw.year)) out.year = raw.year;
  if (str(raw.style) && raw.style) out.style = raw.style;
  if (isPercentDecimals(raw.percentDecimals)) out.percentDecimals = raw.percentDecimals;
  if (typeof raw.integerAmounts === 'boolean') out.integerAmounts = raw.integerAmounts;
  if (typeof raw.listZeroItems === 'boolean') out.listZeroItems = raw.listZeroItems;
  return out;
}

function readPrior(raw: unknown): StoredPrior | undefined {
  if (!isRecord(raw) || !str(raw.model) || raw.model === '') return undefined;
  const out: StoredPrior = { model: raw.model };
  if (str(raw.supplement) && raw.supplement !== '') out.supplement = raw.supplement;
  if (str(raw.file)) out.file = raw.file;
  if (str(raw.savedAt)) out.savedAt = raw.savedAt;
  return out;
}

function readPacks(raw: unknown): StoredPack[] {
  if (!Array.isArray(raw)) return [];
  const out: StoredPack[] = [];
  for (const p of raw) {
    if (isRecord(p) && str(p.name) && p.name && str(p.text) && !out.some((q) => q.name === p.name)) {
      out.push({ name: p.name, text: p.text, addedAt: str(p.addedAt) ? p.addedAt : '' });
    }
  }
  return out;
}

/**
 * The document from its JSON text.
 * @throws StoredDataError when the text is not JSON, not this format, or of a later version
 */
export function storedFromJson(text: string): StoredData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StoredDataError('工作簿中保存的决算助手数据已损坏（不是有效的 JSON）。');
  }
  if (!isRecord(raw) || raw.format !== STORED_FORMAT) throw new StoredDataError('工作簿中保存的决算助手数据格式无法识别。');
  if (typeof raw.version !== 'number' || raw.version > STORED_VERSION) {
    throw new StoredDataError('工作簿中的决算助手数据由较新版本保存，请升级决算助手后再打开。');
  }
  const out = emptyStored();
  if (str(raw.savedAt)) out.savedAt = raw.savedAt;
  out.annotations = readAnnotations(raw.annotations);
  out.reasons = entries(raw.reasons, readTyped);
  out.edits = entries(raw.edits, readEdit);
  out.settings = readSettings(raw.settings);
  const prior = readPrior(raw.prior);
  if (prior) out.prior = prior;
  out.packs = readPacks(raw.packs);
  return out;
}
