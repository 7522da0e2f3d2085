/**
 * Whether a big sheet can hold a schedule, from its first rows only, so that a sheet of
 * 100,000 rows of figures beside the schedules is never parsed into cells (memory stays
 * bounded by the schedules, not by the largest sheet). Small sheets are always read in
 * full: this only decides for parts above PEEK_ABOVE. Browser-safe.
 */
import { attributes, decodeXml, textRuns } from './xml-text';
import type { ZipParts } from './zip-parts';

/** Sheets whose XML is at most this size are read in full without looking. */
export const PEEK_ABOVE = 2 * 1024 * 1024;
/** How many rows, and at most how much XML, the look takes. */
const PEEK_ROWS = 40;
const PEEK_BYTES = 1024 * 1024;

/**
 * Words every schedule has near its top: the title (…决算表), its code (公开01表, 财决05表),
 * or the header (收入, 支出, 科目, 拨款, 经费, 三公). Whitespace is removed first: titles are
 * often spaced out (支 出 决 算 表).
 */
const CUES = /决算|公开0?\d|财决|收入|支出|科目|拨款|经费|三公/;

/** True when a name or text has a schedule's cue words. */
export function hasScheduleCue(text: string): boolean {
  return CUES.test(text.replace(/\s+/g, ''));
}

/** The shared strings table, each entry's text (rich text runs joined). */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g)) out.push(m[1] === undefined ? '' : textRuns(m[1]));
  return out;
}

/** The text cells in a piece of sheet XML. */
export function cellTexts(xml: string, strings: () => string[]): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\s([^>]*?)>([\s\S]*?)<\/(?:\w+:)?c>/g)) {
    const type = attributes(m[1]).get('t');
    const body = m[2];
    if (type === 'inlineStr') out.push(textRuns(body));
    else if (type === 's' || type === 'str') {
      const v = /<(?:\w+:)?v>([^<]*)</.exec(body)?.[1];
      if (v === undefined) continue;
      out.push(type === 's' ? (strings()[Number(v)] ?? '') : decodeXml(v));
    }
  }
  return out;
}

/** The first rows of a sheet part as XML text (stops inflating once it has them). */
async function firstRows(zip: ZipParts, path: string): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let seen = 0;
  let rows = 0;
  let ended = false;
  await zip.read(path, (chunks, length) => {
    for (; seen < chunks.length; seen++) {
      const piece = decoder.decode(chunks[seen], { stream: true });
      text += piece;
      // A tag split between two chunks is missed: the look then only goes a little further.
      rows += piece.match(/<\/(?:\w+:)?row>/g)?.length ?? 0;
      ended ||= /<\/(?:\w+:)?sheetData>/.test(piece);
    }
    return ended || rows >= PEEK_ROWS || length >= PEEK_BYTES;
  });
  return text;
}

/** True when a sheet part's first rows (or the sheet's name) look like a schedule's. */
export async function mayHoldSchedule(zip: ZipParts, path: string, name: string, strings: () => string[]): Promise<boolean> {
  if (hasScheduleCue(name)) return true;
  return cellTexts(await firstRows(zip, path), strings).some(hasScheduleCue);
}
