/** Small helpers for reading attributes and text out of .xlsx XML parts without a parser. */
import { decodeXmlText } from '../../core/xml-text';


/** XML text with its named entities and character references decoded (the Excel host's decoder). */
export function decodeXml(text: string): string {
  return text.includes('&') ? decodeXmlText(text) : text;
}

/** The attributes of one start tag, decoded, by qualified name. */
export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(m[1], decodeXml(m[2] ?? m[3]));
  return attrs;
}

/** The text of every <t> element in a piece of XML (a shared string, an inline string), joined. */
export function textRuns(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)) out += decodeXml(m[1]);
  return out;
}
