/** readStoredAddinData: the add-in's data found in .xlsx bytes as Excel and the preview store it. */
import { ADDIN_DATA_SHEET, addinDataRows } from '../../../src/core/addin-data-sheet';
import { addinDataToXml } from '../../../src/hosts/excel/addin-data';
import { readStoredAddinData } from '../../../src/hosts/xlsx/addin-data';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { withCustomXmlPart } from './custom-xml-part';
import { xlsxBytes } from './factories';

/** A small workbook, optionally with the preview's hidden data sheet holding `sheetData`. */
function workbook(sheetData?: Map<string, string>): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    wb.addWorksheet('收入支出决算总表').addRow(['项目', '金额']);
    if (sheetData) {
      const ws = wb.addWorksheet(ADDIN_DATA_SHEET, { state: 'hidden' });
      for (const row of addinDataRows(sheetData)) ws.addRow(row);
    }
  });
}

async function stored(bytes: Uint8Array): Promise<Map<string, string>> {
  return readStoredAddinData(bytes, await readWorkbookBuffer(bytes, 'x.xlsx'));
}

const TRICKY = '{"a":"<b> & \'c\' \\"d\\"","e":"第一行\\r\\n第二行 ]]> 𠀀"}';

describe('readStoredAddinData', () => {
  it('is empty for a workbook without stored data', async () => {
    expect(await stored(await workbook())).toEqual(new Map());
  });

  it('reads a custom XML part written as ExcelHost writes it, escapes decoded', async () => {
    const bytes = await withCustomXmlPart(await workbook(), addinDataToXml('prior', TRICKY));
    expect(await stored(bytes)).toEqual(new Map([['prior', TRICKY]]));
  });

  it('reads the part back as Excel returns it: declaration, prefixed root, character references', async () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?>\r\n<ns0:data xmlns:ns0="urn:juesuan:data:settings:v1" name="settings" format="text">&#x7B;&quot;x&quot;:1&#125;&#13;</ns0:data>';
    expect(await stored(await withCustomXmlPart(await workbook(), xml))).toEqual(new Map([['settings', '{"x":1}\r']]));
  });

  it('reads text with characters XML cannot hold (stored as a JSON string) and a UTF-16 part', async () => {
    const text = 'a\u0001b\uffff';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(addinDataToXml('other', '甲乙'), 'utf16le')]);
    let bytes = await withCustomXmlPart(await workbook(), addinDataToXml('prior', text), 1);
    bytes = await withCustomXmlPart(bytes, utf16, 2);
    expect(await stored(bytes)).toEqual(new Map([['prior', text], ['other', '甲乙']]));
  });

  it("skips other programs' parts, parts in another version's namespace and a damaged part", async () => {
    let bytes = await withCustomXmlPart(await workbook(), '<CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps"><Abstract/></CoverPageProperties>', 1);
    bytes = await withCustomXmlPart(bytes, '<data xmlns="urn:juesuan:data:prior:v2" name="prior" format="text">new</data>', 2);
    bytes = await withCustomXmlPart(bytes, '<data xmlns="urn:juesuan:data:broken:v1" format="json">"unterminated</data>', 3);
    bytes = await withCustomXmlPart(bytes, addinDataToXml('prior', 'v1 text'), 4);
    expect(await stored(bytes)).toEqual(new Map([['prior', 'v1 text']]));
  });

  it('reads the hidden data sheet of a copy downloaded from the preview', async () => {
    const long = 'x'.repeat(65_000);
    expect(await stored(await workbook(new Map([['prior', long], ['settings', TRICKY]])))).toEqual(
      new Map([['prior', long], ['settings', TRICKY]]),
    );
  });

  it('prefers the custom XML part where the sheet holds the same name, as Excel does', async () => {
    const bytes = await withCustomXmlPart(await workbook(new Map([['prior', 'from sheet'], ['settings', 's']])), addinDataToXml('prior', 'from part'));
    expect(await stored(bytes)).toEqual(new Map([['prior', 'from part'], ['settings', 's']]));
  });

  it('keeps an empty part (the pane emptied it) as empty text', async () => {
    expect(await stored(await withCustomXmlPart(await workbook(), addinDataToXml('prior', '')))).toEqual(new Map([['prior', '']]));
  });
});
