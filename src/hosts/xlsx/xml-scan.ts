/**
 * A fast scanner of the plain XML Excel writes: start and end tags, attributes in quotes,
 * text with the five named entities and character references. It gives the events saxes
 * gives (xml-events.ts), and gives up (ScanBail) on anything else — comments, CDATA,
 * processing instructions, a DOCTYPE, carriage returns, tabs or line feeds in attribute
 * values, control characters, names outside ASCII, any well-formedness error — so that
 * saxes reads that part instead and decides. Browser-safe.
 */
import type { SaxesTagPlain } from 'saxes';
import type { XmlHandlers } from './xml-events';

/** The scanner met something it leaves to saxes. */
export class ScanBail extends Error {}

const bail = (why: string): never => {
  throw new ScanBail(why);
};

/** Characters saxes rejects or normalizes (CR, 0x0D, is in the range); "]]>" in text, which it rejects, is looked for apart. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/;
const DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.\d+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Text or an attribute value with its entity and character references decoded. */
function decode(text: string): string {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp);
    if (semi < 0) bail('a bare &');
    const name = text.slice(amp + 1, semi);
    let ch = NAMED[name];
    if (ch === undefined) {
      const code = /^#\d+$/.test(name) ? parseInt(name.slice(1), 10) : /^#x[\dA-Fa-f]+$/.test(name) ? parseInt(name.slice(2), 16) : NaN;
      if (!isXmlChar(code)) bail(`the reference &${name};`);
      ch = String.fromCodePoint(code);
    }
    out += text.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + text.slice(from);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9;

/** [A-Za-z_]: what a name may start with here. */
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
/** [\w.:-]: what the rest of a name may hold here. */
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 58) || c === 46 || c === 45;

/** Where the name starting at `from` ends; bails unless it is [A-Za-z_][\w.:-]*. */
function nameEnd(xml: string, from: number, n: number): number {
  if (!isNameStart(xml.charCodeAt(from))) bail('a name the scanner does not know');
  let j = from + 1;
  while (j < n && isNameChar(xml.charCodeAt(j))) j++;
  return j;
}

/** Names read before, by a hash of their characters: one string per tag or attribute name, not one per element. */
const NAMES: (string | undefined)[] = new Array(256);
/**
 * Names of up to this many characters are kept (V8 copies such short slices, so a name kept
 * holds no part of the XML; a longer slice would keep the whole part alive).
 */
const KEPT_NAME = 12;

/** The name at [from, end): the one read before when it is the same. */
function nameAt(xml: string, from: number, end: number): string {
  const length = end - from;
  if (length > KEPT_NAME) return xml.slice(from, end);
  let hash = length;
  for (let k = from; k < end; k++) hash = (hash * 31 + xml.charCodeAt(k)) & 255;
  const known = NAMES[hash];
  if (known !== undefined && known.length === length && xml.startsWith(known, from)) return known;
  return (NAMES[hash] = xml.slice(from, end));
}

/** Where the quoted value starting after `open` ends (its closing quote); bails on <, tab or line feed in it. */
function valueEnd(xml: string, open: number, quote: number, n: number): number {
  for (let j = open + 1; j < n; j++) {
    const k = xml.charCodeAt(j);
    if (k === quote) return j;
    // saxes normalizes tabs and line feeds in values and refuses <.
    if (k === 60 || k === 9 || k === 10) bail('an attribute value saxes normalizes or refuses');
  }
  return bail('an unclosed attribute');
}

/**
 * Feed `xml` to the handlers as saxes would.
 * @throws ScanBail before or while feeding when saxes must read the part instead.
 */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  if (CONTROL.test(xml) || xml.includes(']]>')) bail('unusual characters');
  const n = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (xml.startsWith('<?xml', i)) {
    const m = DECLARATION.exec(xml.slice(i, xml.indexOf('?>', i) + 2));
    if (!m) return bail('an XML declaration saxes may refuse');
    i += m[0].length;
  }
  const stack: string[] = [];
  let sawRoot = false;
  const onText = handlers.text;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const text = xml.slice(i, end);
      // Outside the root only white space may stand (saxes reports it as text too).
      if (stack.length === 0 && !/^[ \n\t]*$/.test(text)) bail('text outside the root');
      if (onText) onText(text.includes('&') ? decode(text) : text);
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) bail('an unclosed end tag');
      const top = stack.pop();
      // The end tag names the open element, then only white space may follow.
      if (top === undefined || !xml.startsWith(top, lt + 2)) bail('mismatched tags');
      for (let k = lt + 2 + (top as string).length; k < gt; k++) if (!isSpace(xml.charCodeAt(k))) bail('mismatched tags');
      handlers.close(top as string);
      i = gt + 1;
      continue;
    }
    if (c === 33 || c === 63) bail('a comment, CDATA, DOCTYPE or processing instruction');
    if (sawRoot && stack.length === 0) bail('a second root');
    // The name, then attributes up to > or />.
    let j = nameEnd(xml, lt + 1, n);
    const after = xml.charCodeAt(j);
    if (j < n && !isSpace(after) && after !== 62 && after !== 47) bail('a name the scanner does not know');
    const name = nameAt(xml, lt + 1, j);
    // A plain object, not Object.create(null) (a dictionary per element cost more than the
    // scan); a name Object.prototype has (constructor, __proto__ …) reads as set, and bails.
    const attributes: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      const before = j;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      const k = xml.charCodeAt(j);
      if (k === 62) break;
      if (k === 47) {
        if (xml.charCodeAt(j + 1) !== 62) bail('a / in a tag');
        selfClosing = true;
        j++;
        break;
      }
      if (j >= n) bail('an unclosed tag');
      if (j === before) bail('attributes without space between them');
      const attrEnd = nameEnd(xml, j, n);
      const attr = nameAt(xml, j, attrEnd);
      if (attributes[attr] !== undefined) bail('an attribute twice, or named as an object property');
      j = attrEnd;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 61) bail('an attribute without a value');
      j++;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      const q = xml.charCodeAt(j);
      if (q !== 34 && q !== 39) bail('an unquoted attribute');
      const close = valueEnd(xml, j, q, n);
      const value = xml.slice(j + 1, close);
      attributes[attr] = value.includes('&') ? decode(value) : value;
      j = close + 1;
    }
    if (j >= n) bail('an unclosed tag');
    sawRoot = true;
    const tag = { name, attributes, isSelfClosing: selfClosing } as SaxesTagPlain;
    handlers.open(tag);
    if (selfClosing) handlers.close(name);
    else stack.push(name);
    i = j + 1;
  }
  if (stack.length > 0 || !sawRoot) bail('unclosed tags, or no root');
}
