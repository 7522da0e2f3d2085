/**
 * The add-in's stored-data document read back from an .xlsx file outside Excel, so the
 * command line and the preview find what the pane stored: the custom XML parts Excel keeps
 * (customXml/item*.xml) and the hidden sheet; core decides which copy counts (src/core/stored).
 * Browser-safe (no fs).
 */
import { type StoredRead, storedFromWorkbook } from '../../core/stored';
import { utf16ByBom } from '../../core/text-bytes';
import type { WorkbookParts } from './read-buffer';

/** Part text: Excel writes custom XML parts as UTF-8, sometimes UTF-16 with a byte-order mark. */
function decodePart(bytes: Uint8Array): string {
  return utf16ByBom(bytes) ?? new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

/**
 * The stored-data document of a workbook already read by readWorkbookParts (one open of the
 * zip serves both). Never throws: damaged parts give what could be read, with warnings.
 * @example storedOf(await readWorkbookParts(bytes, name)).data.prior
 */
export function storedOf(read: WorkbookParts): StoredRead {
  const paths = [...read.customXml.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return storedFromWorkbook({ parts: paths.map((p) => decodePart(read.customXml.get(p) as Uint8Array)), sheets: read.source.sheets });
}
