/**
 * A part's XML as events, tokenized by saxes exactly as ExcelJS tokenizes it
 * (exceljs/lib/utils/parse-sax.js: a SaxesParser without namespaces, so names keep their
 * prefix, entities and line ends decoded the XML way). Browser-safe.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

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
export function parseXml(xml: string, handlers: XmlHandlers): void {
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
