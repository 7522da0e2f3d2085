/**
 * A tiny, strict XML parser for the tests: enough of XML 1.0 to prove that the parts of a
 * .docx are well-formed (one root, matched tags, quoted attributes without duplicates,
 * known entities) and to walk the result. It scans characters; it does not use regular
 * expressions, and throws on anything it does not understand.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isNameChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    ch === ':' || ch === '_' || ch === '-' || ch === '.' || c > 0x7f
  );
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}

class Scanner {
  pos = 0;
  constructor(readonly src: string) {}

  fail(message: string): never {
    throw new Error(`XML error at ${this.pos}: ${message}`);
  }
  peek(n = 0): string {
    return this.src.charAt(this.pos + n);
  }
  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }
  expect(s: string): void {
    if (!this.startsWith(s)) this.fail(`expected "${s}"`);
    this.pos += s.length;
  }
  skipSpace(): void {
    while (this.pos < this.src.length && isSpace(this.peek())) this.pos++;
  }
  skipPast(s: string): void {
    const end = this.src.indexOf(s, this.pos);
    if (end < 0) this.fail(`unterminated, "${s}" missing`);
    this.pos = end + s.length;
  }
  name(): string {
    const start = this.pos;
    while (this.pos < this.src.length && isNameChar(this.peek())) this.pos++;
    if (this.pos === start) this.fail('name expected');
    return this.src.slice(start, this.pos);
  }
  /** Text up to `stop`, with entity and character references decoded. */
  text(stop: string): string {
    let out = '';
    while (this.pos < this.src.length && this.peek() !== stop) {
      const ch = this.peek();
      if (ch === '<') this.fail('"<" in text or attribute');
      if (ch !== '&') {
        out += ch;
        this.pos++;
        continue;
      }
      const end = this.src.indexOf(';', this.pos);
      if (end < 0) this.fail('unterminated entity');
      const ref = this.src.slice(this.pos + 1, end);
      if (ref.startsWith('#x')) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (ref.startsWith('#')) out += String.fromCodePoint(parseInt(ref.slice(1), 10));
      else if (ref in ENTITIES) out += ENTITIES[ref];
      else this.fail(`unknown entity &${ref};`);
      this.pos = end + 1;
    }
    return out;
  }
}

function parseElement(s: Scanner): XmlElement {
  s.expect('<');
  const element: XmlElement = { name: s.name(), attrs: {}, children: [] };
  for (;;) {
    const hadSpace = isSpace(s.peek());
    s.skipSpace();
    if (s.startsWith('/>')) {
      s.pos += 2;
      return element;
    }
    if (s.peek() === '>') {
      s.pos++;
      break;
    }
    if (!hadSpace) s.fail('space expected before attribute');
    const attr = s.name();
    if (attr in element.attrs) s.fail(`duplicate attribute ${attr}`);
    s.skipSpace();
    s.expect('=');
    s.skipSpace();
    const quote = s.peek();
    if (quote !== '"' && quote !== "'") s.fail('quoted attribute value expected');
    s.pos++;
    element.attrs[attr] = s.text(quote);
    s.expect(quote);
  }
  for (;;) {
    if (s.pos >= s.src.length) s.fail(`<${element.name}> not closed`);
    if (s.startsWith('</')) {
      s.pos += 2;
      const closing = s.name();
      if (closing !== element.name) s.fail(`</${closing}> closes <${element.name}>`);
      s.skipSpace();
      s.expect('>');
      return element;
    }
    if (s.startsWith('<!--')) s.skipPast('-->');
    else if (s.startsWith('<![CDATA[')) {
      const start = s.pos + 9;
      s.skipPast(']]>');
      element.children.push(s.src.slice(start, s.pos - 3));
    } else if (s.startsWith('<?')) s.skipPast('?>');
    else if (s.peek() === '<') element.children.push(parseElement(s));
    else element.children.push(s.text('<'));
  }
}

/** Parses a whole document: optional declaration and comments, exactly one root element. */
export function parseXml(src: string): XmlElement {
  const s = new Scanner(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
  const skipMisc = (): void => {
    for (;;) {
      s.skipSpace();
      if (s.startsWith('<?')) s.skipPast('?>');
      else if (s.startsWith('<!--')) s.skipPast('-->');
      else return;
    }
  };
  skipMisc();
  const root = parseElement(s);
  skipMisc();
  if (s.pos !== s.src.length) s.fail('content after the root element');
  return root;
}

/** Every element named `name` in document order, the root included. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (el: XmlElement): void => {
    if (el.name === name) found.push(el);
    for (const child of el.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return found;
}

/** The first child element named `name`, or undefined. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The concatenated text of the element's descendants named `textName` (w:t). */
export function textOf(el: XmlElement, textName = 'w:t'): string {
  return findAll(el, textName)
    .map((t) => t.children.filter((c): c is string => typeof c === 'string').join(''))
    .join('');
}
