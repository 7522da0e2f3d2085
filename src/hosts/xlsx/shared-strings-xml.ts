/**
 * xl/sharedStrings.xml read the way ExcelJS reads it (exceljs/lib/xlsx/xform/strings/
 * shared-string-xform.js, text-xform.js): each <si> is its <t>'s text, or its rich-text runs
 * ({ richText: [{ text }] }), or {} when it has neither; phonetic runs (<rPh>) are left out;
 * _xHHHH_ escapes in a <t> are decoded. Browser-safe.
 */
import { NotHandled, readXml, type Tokenizer } from './xml-events';

/** A rich-text run as ExcelJS keeps it (only its text matters here). */
export interface RunText {
  text?: string;
}

/** A shared string as ExcelJS gives it to a cell. */
export type SharedString = string | { richText?: RunText[] };

/** TextXform's model: the text with its _xHHHH_ escapes decoded (upper-case hex only, as ExcelJS). */
export function unescapeX(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Every shared string, in order. @throws NotHandled for XML that ExcelJS would read differently or not at all. */
export function readSharedStrings(xml: string): SharedString[] {
  return readXml((tokenize) => sharedStrings(xml, tokenize));
}

function sharedStrings(xml: string, tokenize: Tokenizer): SharedString[] {
  const out: SharedString[] = [];
  let item: SharedString | undefined;
  let skip = 0; // depth inside <rPh> or another part ExcelJS ignores
  let run: RunText | undefined;
  let text: string[] | undefined;
  tokenize(xml, {
    open(tag) {
      if (skip > 0 || (item !== undefined && tag.name === 'rPh')) {
        skip++;
        return;
      }
      if (tag.name === 'si') {
        if (item !== undefined) throw new NotHandled('nested <si>');
        item = {};
      } else if (item === undefined) return;
      else if (tag.name === 't') text = [];
      else if (tag.name === 'r') {
        if (typeof item === 'string' || run) throw new NotHandled('a run after the text of a shared string');
        run = {};
      } else if (!run) skip++;
    },
    text(t) {
      if (text && skip === 0) text.push(t);
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      if (item === undefined) return;
      if (name === 't' && text) {
        const value = unescapeX(text.join(''));
        text = undefined;
        if (run) run.text = value;
        else if (typeof item === 'object' && item.richText) throw new NotHandled('text after the runs of a shared string');
        else item = value;
      } else if (name === 'r' && run) {
        if (typeof item === 'string') throw new NotHandled('a run after the text of a shared string');
        (item.richText ??= []).push(run);
        run = undefined;
      } else if (name === 'si') {
        out.push(item);
        item = undefined;
      }
    },
  });
  return out;
}
