/**
 * A part's XML as events, as saxes gives them to ExcelJS (exceljs/lib/utils/parse-sax.js:
 * a SaxesParser without namespaces, so names keep their prefix, entities and line ends
 * decoded the XML way): by xml-scan.ts's fast scanner when the XML is plain, else by saxes
 * itself. Browser-safe.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ScanBail, scanXml } from './xml-scan';

/** What the direct reader does not read the way ExcelJS would: the caller falls back to ExcelJS. */
export class NotHandled extends Error {
  constructor(what: string) {
    super(`not handled by the direct reader: ${what}`);
  }
}

export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close(name: string): void;
}

/**
 * Feed `xml` to the handlers. Position tracking is off: it only feeds error messages,
 * which nobody reads here (any error makes the caller fall back to ExcelJS).
 * @throws NotHandled when the XML is not well-formed.
 */
export function saxesXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let failed: Error | undefined;
  parser.on('error', (e) => {
    failed ??= e;
  });
  parser.on('opentag', (tag) => handlers.open(tag as SaxesTagPlain));
  if (handlers.text) parser.on('text', handlers.text);
  parser.on('closetag', (tag) => handlers.close(tag.name));
  parser.write(xml).close();
  if (failed) throw new NotHandled(`XML not well-formed (${failed.message})`);
}

/** A way of turning XML into events: the fast scanner or saxes. */
export type Tokenizer = (xml: string, handlers: XmlHandlers) => void;

/**
 * Run a reader over its XML with the fast scanner, and again from the start with saxes
 * when the scanner gives up (the reader's state is made afresh by `read` each time).
 * @example const out = readXml((tokenize) => { const acc = []; tokenize(xml, handlersOf(acc)); return acc; });
 */
export function readXml<T>(read: (tokenize: Tokenizer) => T): T {
  try {
    return read(scanXml);
  } catch (e) {
    if (e instanceof ScanBail) return read(saxesXml);
    throw e;
  }
}
