/**
 * A small XML reader for checking the manifest: enough of XML 1.0 to reject what is not
 * well-formed (unclosed or crossed tags, bad names, duplicate attributes, stray "&" or "<",
 * text outside the root) and to give the element tree. No DTDs, no namespaces resolution.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded, children's text excluded. */
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'XmlError';
  }
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, line: number): string {
  if (raw.includes('<')) throw new XmlError('"<" inside text or an attribute value', line);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`"&" that starts no entity reference: ${whole.slice(0, 12)}`, line);
    if (ENTITIES[ref]) return ENTITIES[ref];
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (!m) throw new XmlError(`unknown entity &${ref};`, line);
    return String.fromCodePoint(m[1][0] === 'x' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10));
  });
}

function parseAttributes(source: string, line: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /\s*([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
  let rest = source;
  while (rest.trim() !== '') {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m || !/^\s/.test(rest)) throw new XmlError(`malformed attributes: ${rest.trim().slice(0, 40)}`, line);
    const [whole, name] = m;
    if (!NAME.test(name)) throw new XmlError(`bad attribute name ${name}`, line);
    if (name in attrs) throw new XmlError(`duplicate attribute ${name}`, line);
    attrs[name] = decode(m[3] ?? m[4], line);
    rest = rest.slice(whole.length);
  }
  return attrs;
}

/** Where a start tag at `from` ends: the first ">" outside quoted attribute values, or -1. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  return -1;
}

/**
 * Parse a document and return its root element.
 * @throws XmlError naming the line of the first problem
 */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const expectEnd = (marker: string, what: string): number => {
    const end = source.indexOf(marker, pos);
    if (end < 0) throw new XmlError(`unterminated ${what}`, line);
    return end;
  };
  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const text = source.slice(pos, lt < 0 ? source.length : lt);
    if (text.trim() !== '') {
      if (stack.length === 0) throw new XmlError(`text outside the root element: ${text.trim().slice(0, 20)}`, line);
      stack[stack.length - 1].text += decode(text, line);
    } else if (text.includes('&') || text.includes('>')) {
      decode(text, line);
    }
    advance(lt < 0 ? source.length : lt);
    if (lt < 0) break;
    if (source.startsWith('<!--', pos)) {
      const end = expectEnd('-->', 'comment');
      if (source.slice(pos + 4, end).includes('--')) throw new XmlError('"--" inside a comment', line);
      advance(end + 3);
    } else if (source.startsWith('<?', pos)) {
      const end = expectEnd('?>', 'processing instruction');
      if (source.startsWith('<?xml', pos) && pos > (source.charCodeAt(0) === 0xfeff ? 1 : 0)) throw new XmlError('XML declaration not at the start', line);
      advance(end + 2);
    } else if (source.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) throw new XmlError('CDATA outside the root element', line);
      const end = expectEnd(']]>', 'CDATA section');
      stack[stack.length - 1].text += source.slice(pos + 9, end);
      advance(end + 3);
    } else if (source.startsWith('<!', pos)) {
      throw new XmlError('DOCTYPE and other declarations are not allowed here', line);
    } else if (source.startsWith('</', pos)) {
      const end = expectEnd('>', 'end tag');
      const name = source.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${name}> without a start tag`, line);
      if (open.name !== name) throw new XmlError(`</${name}> closes <${open.name}> (line ${open.line})`, line);
      advance(end + 1);
    } else {
      const end = tagEnd(source, pos);
      if (end < 0) throw new XmlError('unterminated start tag', line);
      let inner = source.slice(pos + 1, end);
      const selfClosing = inner.endsWith('/');
      if (selfClosing) inner = inner.slice(0, -1);
      const m = /^([^\s/>]+)([\s\S]*)$/.exec(inner);
      if (!m || !NAME.test(m[1])) throw new XmlError(`bad element name in <${inner.slice(0, 20)}>`, line);
      const element: XmlElement = { name: m[1], attrs: parseAttributes(m[2], line), children: [], text: '', line };
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new XmlError(`second root element <${element.name}>`, line);
      else root = element;
      if (!selfClosing) stack.push(element);
      advance(end + 1);
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`, line);
  if (!root) throw new XmlError('no root element', line);
  return root;
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The first child named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}
