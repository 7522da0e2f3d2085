/**
 * Add a large sheet of figures to an existing .xlsx by writing its XML directly into the
 * zip: ExcelJS would need ~17 s and ~2.7 GB to write 100,000 × 20 cells, which would swamp
 * both the bench's time and its memory figures.
 */
import JSZip from 'jszip';
import { columnLetters } from '../../src/core/grid/sheet-grid';

const REL_ID = 'rIdBench';
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The sheet XML: one header row of inline text, then `rows` rows of two-decimal numbers. */
function sheetXml(rows: number, cols: number): string {
  const letters = Array.from({ length: cols }, (_, c) => columnLetters(c));
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<dimension ref="A1:${letters[cols - 1]}${rows + 1}"/><sheetData>`,
    `<row r="1">${letters.map((l, c) => `<c r="${l}1" t="inlineStr"><is><t>数据${c + 1}</t></is></c>`).join('')}</row>`,
  ];
  for (let r = 2; r <= rows + 1; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${letters[c]}${r}"><v>${(((r * 7919 + c * 104729) % 1_000_000) / 100).toFixed(2)}</v></c>`;
    parts.push(row + '</row>');
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing from the workbook`);
  const before = await file.async('string');
  const after = change(before);
  if (after === before) throw new Error(`could not add the bench sheet to ${path}`);
  zip.file(path, after);
}

/**
 * The workbook `xlsx` with one more sheet, `name`, holding a header row and `rows` × `cols`
 * numbers.
 */
export async function withNumericSheet(xlsx: Uint8Array, rows: number, cols = 20, name = '明细数据'): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  // ExcelJS only reads parts named xl/worksheets/sheet<n>.xml.
  const n = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).length + 1;
  const part = `worksheets/sheet${n}.xml`;
  await edit(zip, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', `<sheet sheetId="${n}" name="${name}" state="visible" r:id="${REL_ID}"/></sheets>`));
  await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace('</Relationships>', `<Relationship Id="${REL_ID}" Type="${WORKSHEET_TYPE}" Target="${part}"/></Relationships>`),
  );
  await edit(zip, '[Content_Types].xml', (xml) => xml.replace('</Types>', `<Override PartName="/xl/${part}" ContentType="${WORKSHEET_CONTENT}"/></Types>`));
  zip.file(`xl/${part}`, sheetXml(rows, cols));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
