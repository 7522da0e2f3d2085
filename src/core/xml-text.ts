/**
 * Text content of the add-in's custom XML parts: escaped on the way in, decoded on the way
 * out. A carriage return is written as a reference, because XML parsers turn a literal CR
 * (or CR LF) into LF.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Undo escapeXmlText, and any other entity or character reference Excel may have written. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

/**
 * The text inside the first element named `localName` (any prefix), with references decoded
 * and CDATA sections taken as they are; '' for an empty element (`<x/>`), undefined when the
 * XML has no such element.
 * @example elementText('<?xml version="1.0"?><ns0:data xmlns:ns0="u">a&amp;b</ns0:data>', 'data') === 'a&b'
 */
export function elementText(xml: string, localName: string): string | undefined {
  const open = new RegExp(`<((?:[\\w.-]+:)?${localName})\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[3] === '/') return '';
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${open[1]}`, start);
  if (end < 0) return undefined;
  return xml
    .slice(start, end)
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((p) => (p.startsWith('<![CDATA[') ? p.slice(9, -3) : decodeXmlText(p)))
    .join('');
}

/** The attributes text of the first element named `localName`, or undefined. */
export function elementAttributes(xml: string, localName: string): string | undefined {
  return new RegExp(`<(?:[\\w.-]+:)?${localName}\\b([^>]*?)/?>`).exec(xml)?.[1];
}

/**
 * The namespace URI bound to the root element's own prefix (or the default namespace), after
 * any declaration and comments; undefined when there is none.
 */
export function rootNamespace(xml: string): string | undefined {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:([\w.-]+):)?[\w.-]+\b([^>]*)>/.exec(xml);
  if (!m) return undefined;
  const prefix = m[1];
  const attr = new RegExp(`\\sxmlns${prefix ? `:${prefix.replace(/[.-]/g, '\\$&')}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(m[2]);
  return attr ? decodeXmlText(attr[1]) : undefined;
}
