/**
 * Annotations as stored in the workbook: JSON inside one XML element of a fixed namespace
 * (a custom XML part), or the same JSON as a document setting. Reading checks every entry
 * and keeps only well-formed ones.
 */
import type { Annotation, Annotations } from '../workbook-host';
import { decodeXmlText, escapeXmlText } from './xml-text';

export const ANNOTATIONS_NAMESPACE = 'urn:juesuan:annotations:v1';
export const ANNOTATIONS_SETTING = 'juesuan.annotations.v1';

/** JSON text safe inside XML 1.0: U+FFFE and U+FFFF (not XML characters) are escaped. */
export function annotationsToJson(annotations: Annotations): string {
  // JSON.stringify already escapes control characters and lone surrogates.
  return JSON.stringify(annotations).replace(/[\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

/** The custom XML part's content. */
export function annotationsToXml(annotations: Annotations): string {
  return `<annotations xmlns="${ANNOTATIONS_NAMESPACE}" format="json">${escapeXmlText(annotationsToJson(annotations))}</annotations>`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keep well-formed entries only: updatedAt text, optional explanation text, optional ignored flag. */
export function sanitizeAnnotations(raw: unknown): Annotations {
  if (!isRecord(raw)) throw new Error('annotations are not a JSON object');
  const out: Annotations = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isRecord(value) || typeof value.updatedAt !== 'string') continue;
    const entry: Annotation = { updatedAt: value.updatedAt };
    if (typeof value.explanation === 'string') entry.explanation = value.explanation;
    if (typeof value.ignored === 'boolean') entry.ignored = value.ignored;
    out[key] = entry;
  }
  return out;
}

/** Annotations from JSON text; throws when it is not JSON. */
export function annotationsFromJson(json: string): Annotations {
  return sanitizeAnnotations(JSON.parse(json));
}

/**
 * Annotations from the part's XML as Excel gives it back (an XML declaration, another
 * prefix, CDATA sections are all accepted). Throws when there is no annotations element
 * or its text is not JSON.
 */
export function annotationsFromXml(xml: string): Annotations {
  if (/<(?:[\w.-]+:)?annotations\b[^>]*\/>/.test(xml)) return {};
  const m = /<((?:[\w.-]+:)?annotations)\b[^>]*>([\s\S]*)<\/\1\s*>/.exec(xml);
  if (!m) throw new Error('no annotations element');
  const parts = m[2].split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  const text = parts.map((p) => (p.startsWith('<![CDATA[') ? p.slice(9, -3) : decodeXmlText(p))).join('');
  return text.trim() === '' ? {} : annotationsFromJson(text);
}
