/**
 * The direct reader on hand-written sheet XML, each case against ExcelJS (the reference):
 * what ExcelJS does with shared and rich strings, formulas (shared ones included), dates by
 * number format, merges, hidden rows and columns; and the inputs it leaves to ExcelJS.
 */
import type { SheetGrid } from '../../../src/core/grid/sheet-grid';
import { directGrids } from '../../../src/hosts/xlsx/direct-grids';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { listSheets } from '../../../src/hosts/xlsx/sheet-list';
import { ZipParts } from '../../../src/hosts/xlsx/zip-parts';
import { oneSheet } from './factories';
import { withPart } from './zip-bytes';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** styles.xml: xf 1 a custom date, 2 a custom amount with an escaped character, 3 built-in 14 (a date), 4 built-in 4, 5 numFmtId 0; a dxf with its own format. */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;万元&quot;"/></numFmts>
<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="165"><alignment horizontal="center"/></xf><xf numFmtId="14"/><xf numFmtId="4"/><xf numFmtId="0"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="0.0%"/></dxf></dxfs></styleSheet>`;

const STRINGS = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="6" uniqueCount="6">
<si><t>收入支出决算总表</t><phoneticPr fontId="1" type="noConversion"/></si>
<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">一般公共 </t></r><r><t>预算</t></r><r><rPr><i/></rPr></r></si>
<si><t>第一行_x000D_&#10;第二行 &amp; &lt;注&gt;</t></si>
<si><t>汉字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>
<si></si>
<si><t/></si>
</sst>`;

function sheetXml(sheetData: string, extra = '', before = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}>${before}<sheetData>${sheetData}</sheetData>${extra}</worksheet>`;
}

async function workbook(sheet: string, parts: { styles?: string; strings?: string; workbook?: (xml: string) => string } = {}): Promise<Uint8Array> {
  let bytes = await oneSheet((ws) => {
    ws.getCell('A1').value = 'x';
  });
  bytes = await withPart(bytes, 'xl/worksheets/sheet1.xml', sheet);
  bytes = await withPart(bytes, 'xl/styles.xml', parts.styles ?? STYLES);
  bytes = await withPart(bytes, 'xl/sharedStrings.xml', parts.strings ?? STRINGS);
  if (parts.workbook) {
    const zip = await ZipParts.open(bytes);
    bytes = await withPart(bytes, 'xl/workbook.xml', parts.workbook((await zip.text('xl/workbook.xml')) as string));
  }
  return bytes;
}

async function direct(bytes: Uint8Array): Promise<SheetGrid[] | undefined> {
  const zip = await ZipParts.open(bytes);
  const { sheets, date1904 } = await listSheets(zip);
  return directGrids(zip, sheets.filter((s) => s.worksheet).map((sheet) => ({ sheet, full: true })), date1904);
}

/** The direct reader's grid, asserted equal to ExcelJS's. */
async function sameGrid(bytes: Uint8Array): Promise<SheetGrid> {
  const reference = await readWorkbookBuffer(bytes, 'edge.xlsx', { exceljs: true });
  const grids = await direct(bytes);
  expect(grids).toBeDefined();
  expect(grids).toEqual(reference.sheets);
  return (grids as SheetGrid[])[0];
}

describe('direct reader: cells as ExcelJS reads them', () => {
  it('reads shared strings: plain, rich runs, escapes and entities, without phonetic text; empty ones as nothing', async () => {
    const row = [0, 1, 2, 3, 4, 5].map((i) => `<c r="${'ABCDEF'[i]}1" t="s"><v>${i}</v></c>`).join('');
    const grid = await sameGrid(await workbook(sheetXml(`<row r="1">${row}</row>`)));
    expect(grid.cells[0].map((c) => c?.value ?? null)).toEqual(['收入支出决算总表', '一般公共 预算', '第一行\r\n第二行 & <注>', '汉字']);
  });

  it('reads inline strings, rich inline runs (escapes decoded in runs only), t="str" decoded twice', async () => {
    const grid = await sameGrid(
      await workbook(
        sheetXml(
          '<row r="2"><c r="B2" t="inlineStr"><is><t>合计_x0041_</t></is></c><c r="C2" t="inlineStr"><is><r><rPr><b/></rPr><t>a_x0041_</t></r><r><t>b</t></r></is></c><c r="D2" t="str"><v>&amp;lt;x&amp;gt;</v></c></row>',
        ),
      ),
    );
    expect(grid.cells[1].map((c) => c?.value ?? null)).toEqual([null, '合计_x0041_', 'aAb', '<x>']);
  });

  it('reads numbers, booleans, errors, dates by number format (built-in and custom), not by id 0 or style 0', async () => {
    const cells = [
      '<c r="A1" s="2"><v>1234.5</v></c>',
      '<c r="B1" s="1"><v>45366</v></c>',
      '<c r="C1" s="3"><v>45366.5</v></c>',
      '<c r="D1" s="0"><v>45366</v></c>',
      '<c r="E1" s="5"><v>7</v></c>',
      '<c r="F1" t="b"><v>1</v></c>',
      '<c r="G1" t="b"><v>0</v></c>',
      '<c r="H1" t="e"><v>#DIV/0!</v></c>',
      '<c r="I1" s="4"><v>  12.50 </v></c>',
      '<c r="J1" s="9"><v>3</v></c>',
      '<c r="K1" s="2"/>',
      '<c r="L1"><v></v></c>',
    ].join('');
    const grid = await sameGrid(await workbook(sheetXml(`<row r="1">${cells}</row>`)));
    expect(grid.cells[0]).toEqual([
      { value: 1234.5, numFmt: '#,##0.00 "万元"' },
      { value: '2024-03-15', numFmt: 'yyyy"年"m"月"d"日"' },
      { value: '2024-03-15', numFmt: 'mm-dd-yy' },
      { value: 45366 },
      { value: 7 },
      { value: true },
      { value: false },
      { value: { error: '#DIV/0!' } },
      { value: 12.5, numFmt: '#,##0.00' },
      { value: 3 },
    ]);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const grid = await sameGrid(
      await workbook(sheetXml('<row r="1"><c r="A1" s="1"><v>43904</v></c></row>'), {
        workbook: (xml) => xml.replace(/<workbookPr /, '<workbookPr date1904="1" '),
      }),
    );
    expect(grid.cells[0][0]?.value).toBe('2024-03-15');
  });

  it('reads formulas with their cached results, shared formulas moved to each cell, "" results and missing ones', async () => {
    const rows = [
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>3</v></c><c r="D1" t="str"><f>IF(A1=0,"",A1)</f><v></v></c></row>',
      '<row r="2"><c r="A2"><v>0</v></c><c r="C2"><f t="shared" si="0"/><v>0</v></c><c r="D2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E2" t="b"><f>A2=0</f><v>1</v></c></row>',
      '<row r="3"><c r="C3"><f t="shared" si="0"/></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" s="1"><f>TODAY()</f><v>45366</v></c><c r="F3"><f>=SUM(A1:A2)</f><v>1</v></c></row>',
    ].join('');
    const grid = await sameGrid(await workbook(sheetXml(rows)));
    expect(grid.cells[0][2]).toEqual({ value: 3, formula: 'A1+B1' });
    expect(grid.cells[0][3]).toEqual({ value: '', formula: 'IF(A1=0,"",A1)' });
    expect(grid.cells[1][2]).toEqual({ value: 0, formula: 'A2+B2' });
    expect(grid.cells[2][2]).toEqual({ value: null, formula: 'A3+B3', formulaWithoutValue: true });
    expect(grid.cells[2][4]).toEqual({ value: '2024-03-15', formula: 'TODAY()', numFmt: 'yyyy"年"m"月"d"日"' });
  });

  it('keeps a typed date as its text', async () => {
    const grid = await sameGrid(await workbook(sheetXml('<row r="1"><c r="A1" t="d"><v>2024-03-15T00:00:00</v></c><c r="B1" t="d" s="1"><v>2024-03-15T08:30:00</v></c></row>')));
    expect(grid.cells[0].map((c) => c?.value)).toEqual(['2024-03-15', '2024-03-15T08:30:00']);
  });

  it('keeps a merged area’s value in its top-left cell only, and merges, hidden rows and columns where they touch the cells', async () => {
    const rows =
      '<row r="1" hidden="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c><c r="E1"><v>9</v></c></row><row r="2" hidden="true"><c r="A2"><v>1</v></c><c r="C2"><v>2</v></c></row><row r="4" hidden="1" s="2" customFormat="1"/><row r="6" hidden="0"><c r="F6" s="2"/></row><row r="9" hidden="1"/>';
    const cols = '<cols><col min="3" max="4" width="9" hidden="1"/><col min="2" max="2" hidden="true"/><col min="4" max="16384" hidden="0"/></cols>';
    const merges = '<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="C3:A2"/><mergeCell ref="H20:J22"/></mergeCells>';
    const grid = await sameGrid(await workbook(sheetXml(rows, merges, cols)));
    expect(grid.cells).toEqual([[{ value: '收入支出决算总表' }, null, null, null, { value: 9 }], [{ value: 1 }]]);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 2, right: 2 },
    ]);
    expect(grid.hiddenRows).toEqual([0, 1]);
    // B hidden; C–D hidden, D's second <col> not counted (ExcelJS: the first by min wins).
    expect(grid.hiddenCols).toEqual([1, 2, 3]);
  });

  it('reads a cell below and right of A1 at its real position, and a CRLF in a formula as LF', async () => {
    const grid = await sameGrid(await workbook(sheetXml('<row r="5"><c r="D5"><f>SUM(\r\nA1)</f><v>1</v></c></row>')));
    expect(grid.cells.length).toBe(5);
    expect(grid.cells[4][3]).toEqual({ value: 1, formula: 'SUM(\nA1)' });
  });
});

describe('direct reader: what it leaves to ExcelJS', () => {
  const cases: [string, string, RegExp | null][] = [
    ['a linked hyperlink', sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>', '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>'), null],
    ['phonetic text in a cell (ExcelJS ends the cell there)', sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>合计</t><rPh><t>ごうけい</t></rPh></is></c><c r="B1"><v>2</v></c></row>'), null],
    ['another element in a row', sheetXml('<row r="1"><c r="A1"><v>1</v></c><extLst/><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>'), null],
    ['rows out of order', sheetXml('<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>'), null],
    ['a cell without its address', sheetXml('<row r="1"><c><v>1</v></c></row>'), /已损坏/],
    ['a shared string that is not there', sheetXml('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'), /已损坏/],
    ['overlapping merges', sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'), /已损坏/],
    ['sheet XML that is not well-formed', sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</sheetData>', '</sheetdata>'), /已损坏/],
  ];

  it.each(cases)('%s: ExcelJS reads it, or says why not', async (what, xml, error) => {
    let bytes = await workbook(xml);
    if (what.includes('hyperlink')) {
      const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>';
      bytes = await withPart(bytes, 'xl/worksheets/_rels/sheet1.xml.rels', rels);
    }
    expect(await direct(bytes)).toBeUndefined();
    const read = readWorkbookBuffer(bytes, 'edge.xlsx');
    if (error) await expect(read).rejects.toThrow(error);
    else expect(await read).toEqual(await readWorkbookBuffer(bytes, 'edge.xlsx', { exceljs: true }));
  });

  it('leaves a workbook without styles to ExcelJS', async () => {
    const bytes = await workbook(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), { styles: `<styleSheet ${NS}><cellXfs count="0"/></styleSheet>` });
    expect(await direct(bytes)).toBeUndefined();
  });
});
