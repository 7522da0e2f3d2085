/**
 * A small, strict XML reader for the SVG tests: enough to prove an SVG string is well-formed
 * (one root, tags nest and close, attributes quoted and unique, only XML entities) and to
 * collect its <text> elements. It throws on the first error.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

function decode(text: string): string {
  return text.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity near "${text.slice(0, 40)}"`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body];
    const m = /^#(x[0-9a-fA-F]+|\d+)$/.exec(body);
    if (!m) throw new Error(`unknown entity &${body};`);
    return String.fromCodePoint(m[1].startsWith('x') ? parseInt(m[1].slice(1), 16) : Number(m[1]));
  });
}

/** Parse `xml`; returns the root element. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, close, open, attrText, selfClose, text, stray] = m;
    const parent = stack[stack.length - 1];
    if (stray) throw new Error(`stray "<" at ${m.index}`);
    if (text !== undefined) {
      if (!parent) {
        if (text.trim()) throw new Error(`text outside the root element: "${text.trim().slice(0, 40)}"`);
        continue;
      }
      parent.children.push(decode(text));
    } else if (cdata !== undefined) {
      if (!parent) throw new Error('CDATA outside the root element');
      parent.children.push(cdata);
    } else if (close) {
      const top = stack.pop();
      if (!top || top.name !== close) throw new Error(`</${close}> closes <${top?.name ?? 'nothing'}>`);
    } else if (open) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(ATTR)) {
        if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]} on <${open}>`);
        attrs[a[1]] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: open, attrs, children: [] };
      if (parent) parent.children.push(el);
      else if (root) throw new Error('a second root element');
      else root = el;
      if (!selfClose) stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name` under `el`, document order. */
export function elementsNamed(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = el.name === name ? [el] : [];
  for (const c of el.children) if (typeof c !== 'string') found.push(...elementsNamed(c, name));
  return found;
}

/** The text content of an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The texts of all <text> elements of an SVG string, after checking it is well-formed. */
export function svgTexts(svg: string): string[] {
  return elementsNamed(parseXml(svg), 'text').map(textOf);
}
