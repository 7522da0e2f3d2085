/** storedOf: the stored-data document found in .xlsx bytes as Excel and the preview keep it. */
import { STORED_SHEET, StoredData, emptyStored, storedSheetRows, storedToXml } from '../../../src/core/stored';
import { readWorkbookParts } from '../../../src/hosts/xlsx/read-buffer';
import { storedOf } from '../../../src/hosts/xlsx/stored-data';
import { withCustomXmlPart } from './custom-xml-part';
import { xlsxBytes } from './factories';

const AT = '2025-03-01T08:00:00.000Z';
const doc = (savedAt: string, text: string): StoredData => ({ ...emptyStored(), savedAt, reasons: { 'reason:收支总计': { text, updatedAt: AT } } });

/** A small workbook, optionally with the hidden stored-data sheet holding `sheetDoc`. */
function workbook(sheetDoc?: StoredData): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    wb.addWorksheet('收入支出决算总表').addRow(['项目', '金额']);
    if (sheetDoc) {
      const ws = wb.addWorksheet(STORED_SHEET, { state: 'hidden' });
      for (const row of storedSheetRows(sheetDoc)) ws.addRow(row);
    }
  });
}

const stored = async (bytes: Uint8Array) => storedOf(await readWorkbookParts(bytes, 'x.xlsx'));
const TRICKY = '<b> & \'c\' "d" 第一行\r\n第二行 ]]> 𠀀 a\u0001b\uffff';

describe('storedOf', () => {
  it('is empty for a workbook without stored data', async () => {
    expect(await stored(await workbook())).toEqual({ data: emptyStored(), origin: 'none', warnings: [] });
  });

  it('reads the custom XML part as ExcelHost writes it, escapes decoded', async () => {
    const d = doc(AT, TRICKY);
    expect((await stored(await withCustomXmlPart(await workbook(), storedToXml(d)))).data).toEqual(d);
  });

  it('reads a UTF-16 part with a byte-order mark, among other programs\' parts', async () => {
    const d = doc(AT, '甲乙');
    let bytes = await withCustomXmlPart(await workbook(), '<CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps"><Abstract/></CoverPageProperties>', 1);
    bytes = await withCustomXmlPart(bytes, Uint8Array.from([0xff, 0xfe, ...Buffer.from(storedToXml(d), 'utf16le')]), 2);
    expect(await stored(bytes)).toEqual({ data: d, origin: 'part', warnings: [] });
  });

  it('reads the hidden sheet of a copy downloaded from the preview, long texts included', async () => {
    const d = doc(AT, '长'.repeat(65_000));
    expect(await stored(await workbook(d))).toEqual({ data: d, origin: 'sheet', warnings: [] });
  });

  it('takes the newer copy where the part and the sheet both hold one', async () => {
    const older = doc('2025-03-01T08:00:00.000Z', 'Excel 中写的');
    const newer = doc('2025-03-02T08:00:00.000Z', '预览中写的');
    expect((await stored(await withCustomXmlPart(await workbook(newer), storedToXml(older)))).data).toEqual(newer);
    expect((await stored(await withCustomXmlPart(await workbook(older), storedToXml(newer)))).data).toEqual(newer);
  });

  it('migrates a part of version 0.1 (last year\'s model under urn:juesuan:data:prior:v1)', async () => {
    const bytes = await withCustomXmlPart(await workbook(), '<data xmlns="urn:juesuan:data:prior:v1" name="prior" format="text">{"kind":"m"}</data>');
    expect(await stored(bytes)).toEqual({ data: { ...emptyStored(), prior: { model: '{"kind":"m"}' } }, origin: 'legacy', warnings: [] });
  });
});
