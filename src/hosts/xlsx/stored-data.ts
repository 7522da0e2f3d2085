/**
 * The add-in's stored-data document read back from an .xlsx file outside Excel, so the
 * command line and the preview find what the pane stored: the custom XML parts Excel keeps
 * (customXml/item*.xml) and the hidden sheet; core decides which copy counts (src/core/stored).
 * Browser-safe (JSZip only, no fs).
 */
import JSZip from 'jszip';
import type { WorkbookSource } from '../../core/grid/sheet-grid';
import { type StoredRead, storedFromWorkbook } from '../../core/stored';

/** Part text: Excel writes custom XML parts as UTF-8, sometimes UTF-16 with a byte-order mark. */
function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

/** The texts of the file's custom XML parts, in part order; none when the zip cannot be read. */
export async function customXmlParts(bytes: Uint8Array): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const names = Object.keys(zip.files)
    .filter((n) => /^customXml\/item\d*\.xml$/i.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return Promise.all(names.map(async (n) => decodePart(await zip.file(n)!.async('uint8array'))));
}

/**
 * The stored-data document of an .xlsx. Never throws: a file without stored data, or with
 * damaged parts, gives what could be read (often an empty document) and warnings.
 * @param bytes the .xlsx file's bytes; `source` the same file already read by readWorkbookBuffer.
 * @example (await readStoredData(bytes, source)).data.prior
 */
export async function readStoredData(bytes: Uint8Array, source: WorkbookSource): Promise<StoredRead> {
  return storedFromWorkbook({ parts: await customXmlParts(bytes), sheets: source.sheets });
}
