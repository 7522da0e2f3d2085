/**
 * Edits of a written .xlsx at the XML level, for inputs ExcelJS will not write: a control
 * character escaped as `_x001B_` in a string (ExcelJS drops control characters when it
 * writes), a very hidden sheet (`state="veryHidden"` in xl/workbook.xml).
 */
import JSZip from 'jszip';

/**
 * The workbook with `edit` applied to the text of one part.
 * @example await patchXlsxPart(bytes, 'xl/workbook.xml', (xml) => xml.replace('state="hidden"', 'state="veryHidden"'))
 */
export async function patchXlsxPart(xlsx: Uint8Array, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part} in the workbook`);
  const before = await file.async('string');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${part}`);
  zip.file(part, after);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
