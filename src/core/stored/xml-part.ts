import { elementText, escapeXmlText } from '../xml-text';
import { StoredData } from './document';
import { storedFromJson, storedToJson } from './codec';

/** The custom XML part that holds the document, where the host supports custom XML parts. */
export const STORED_NAMESPACE = 'urn:juesuan:stored:v1';

/**
 * The part's XML: the document's JSON as the text of one element.
 * @example storedFromXml(storedToXml(emptyStored())).packs.length === 0
 */
export function storedToXml(d: StoredData): string {
  return `<stored xmlns="${STORED_NAMESPACE}" format="json">${escapeXmlText(storedToJson(d))}</stored>`;
}

/**
 * The document from the part's XML as a host gives it back (declaration, prefixes, CDATA).
 * @throws StoredDataError when the element is missing or its text is not the document
 */
export function storedFromXml(xml: string): StoredData {
  return storedFromJson(elementText(xml, 'stored') ?? '');
}
