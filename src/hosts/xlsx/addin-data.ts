/**
 * The add-in's own data (host.saveAddinData: last year's figures …) read back from an .xlsx
 * file outside Excel, so the command line finds what the pane stored. Browser-safe (JSZip
 * only, no fs).
 */
import { addinDataFromSource } from '../../core/addin-data-sheet';
import type { WorkbookSource } from '../../core/grid/sheet-grid';
import { addinDataFromXml } from '../excel/addin-data';
import type { WorkbookParts } from './read-buffer';
import { ZipParts } from './zip-parts';

/** The root element's namespace, `urn:juesuan:data:<name>:v1` as ExcelHost writes it. */
const NAMESPACE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:([\w.-]+):)?data\b[^>]*?\sxmlns(?::([\w.-]+))?\s*=\s*["']urn:juesuan:data:([A-Za-z][A-Za-z0-9-]{0,39}):v1["']/;

/** Part text: Excel writes custom XML parts as UTF-8, sometimes UTF-16 with a byte-order mark. */
function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

/** The name a part's XML is stored under, or undefined when it is not one of the add-in's parts. */
function partName(xml: string): string | undefined {
  const m = NAMESPACE.exec(xml);
  // A prefixed root (<ns0:data xmlns:ns0="…">) must be bound by that very prefix.
  if (!m || (m[1] ?? '') !== (m[2] ?? '')) return undefined;
  return m[3];
}

/** The add-in's data in custom XML parts (path → bytes), by name. */
function customXmlData(parts: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  const paths = [...parts.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const path of paths) {
    const xml = decodePart(parts.get(path) as Uint8Array);
    const name = partName(xml);
    // Like ExcelHost (getByNamespace(...).items[0]): the first part of a name counts.
    if (name === undefined || out.has(name)) continue;
    try {
      out.set(name, addinDataFromXml(xml));
    } catch {
      // A part someone damaged is left out, as if it were not there.
    }
  }
  return out;
}

/** The custom XML parts of a zip, read under the size caps; none when the zip cannot be opened. */
async function customXmlParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  try {
    const zip = await ZipParts.open(bytes);
    for (const path of zip.names().filter((n) => /^customXml\/item\d*\.xml$/i.test(n))) out.set(path, (await zip.read(path)) as Uint8Array);
  } catch {
    // Not a zip, damaged or too large: no stored data (reading the sheets says why).
  }
  return out;
}

/**
 * The add-in's data from a workbook already read by readWorkbookParts, without opening
 * the zip again. See readStoredAddinData.
 */
export function storedAddinData(read: WorkbookParts): Map<string, string> {
  const out = customXmlData(read.customXml);
  for (const [name, text] of addinDataFromSource(read.source)) if (!out.has(name)) out.set(name, text);
  return out;
}

/**
 * The add-in's data stored in an .xlsx, by name (e.g. 'prior' → modelToJson text): the
 * custom XML parts in the namespace `urn:juesuan:data:<name>:v1` that Excel keeps
 * (customXml/item*.xml), and the hidden sheet 决算助手_数据 of a copy downloaded from the
 * preview. Where both hold a name the custom XML part wins, as in Excel. Never throws: a
 * file without stored data, or with damaged parts, gives what could be read (often empty).
 * Not read: the document-settings fallback for Excel without custom XML parts.
 *
 * @param bytes the .xlsx file's bytes; `source` the same file already read by readWorkbookBuffer.
 * @example const prior = (await readStoredAddinData(bytes, source)).get('prior');
 */
export async function readStoredAddinData(bytes: Uint8Array, source: WorkbookSource): Promise<Map<string, string>> {
  return storedAddinData({ source, customXml: await customXmlParts(bytes) });
}
