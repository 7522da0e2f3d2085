import JSZip from 'jszip';
import { WorkbookUnreadableError } from '../../../src/core/errors';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { PEEK_ABOVE } from '../../../src/hosts/xlsx/sheet-cues';
import { xlsxBytes } from './factories';
import { renamePart, withPart } from './zip-bytes';

/** Sheet XML of `rows` rows × 10 numbers under a header row of the given texts. */
function numbersXml(rows: number, header: string[]): string {
  const head = header.map((t, c) => `<c r="${String.fromCharCode(65 + c)}1" t="inlineStr"><is><t>${t}</t></is></c>`).join('');
  let body = '';
  for (let r = 2; r <= rows + 1; r++) {
    body += `<row r="${r}">`;
    for (let c = 0; c < 10; c++) body += `<c r="${String.fromCharCode(65 + c)}${r}" s="0"><v>${((r * 31 + c) % 9973) + 100000}.125</v></c>`;
    body += '</row>';
  }
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${head}</row>${body}</sheetData></worksheet>`;
}

const twoSheets = () =>
  xlsxBytes((wb) => {
    wb.addWorksheet('收入支出决算总表').getCell('A1').value = '收入支出决算总表';
    wb.addWorksheet('明细').getCell('A1').value = 'x';
  });

describe('readWorkbookBuffer: the sheets listed in workbook.xml', () => {
  it('reads a worksheet part that is not named sheet<n>.xml (ExcelJS alone skips it)', async () => {
    const bytes = await renamePart(await twoSheets(), 'xl/worksheets/sheet1.xml', 'xl/worksheets/收入.xml');
    const { sheets } = await readWorkbookBuffer(bytes, 'a.xlsx');
    expect(sheets.map((s) => s.name)).toEqual(['收入支出决算总表', '明细']);
    expect(sheets[0].cells[0][0]?.value).toBe('收入支出决算总表');
  });

  it('reads a part kept outside xl/worksheets/', async () => {
    const bytes = await renamePart(await twoSheets(), 'xl/worksheets/sheet2.xml', 'xl/data/other.xml');
    const { sheets } = await readWorkbookBuffer(bytes, 'a.xlsx');
    expect(sheets[1].cells[0][0]?.value).toBe('x');
  });

  it('reports a listed sheet whose part is missing, naming the sheet', async () => {
    const zip = await JSZip.loadAsync(await twoSheets());
    zip.remove('xl/worksheets/sheet2.xml');
    const err = await readWorkbookBuffer(await zip.generateAsync({ type: 'uint8array' }), '缺表.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookUnreadableError);
    expect((err as Error).message).toContain('文件“缺表.xlsx”已损坏：工作簿列出了工作表“明细”，但文件中没有它的内容');
  });

  it('keeps a typed date (t="d") as its date text, not as the year 2024', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="d"><v>2024-03-15T00:00:00</v></c><c r="B1" t="d"><v>2024-03-15T08:30:00</v></c><c r="C1"><v>2024</v></c></row></sheetData></worksheet>`;
    const { sheets } = await readWorkbookBuffer(await withPart(await twoSheets(), 'xl/worksheets/sheet2.xml', sheet), 'd.xlsx');
    expect(sheets[1].cells[0].map((c) => c?.value)).toEqual(['2024-03-15', '2024-03-15T08:30:00', 2024]);
  });
});

describe('readWorkbookBuffer: big sheets that cannot be schedules', () => {
  // Reading 60,000 cells takes seconds on a loaded machine.
  jest.setTimeout(60_000);

  it('leaves a big sheet of plain figures as an empty grid, and reads it in full on request', async () => {
    const xml = numbersXml(6_000, ['数据1', '数据2']);
    expect(xml.length).toBeGreaterThan(PEEK_ABOVE);
    const bytes = await withPart(await twoSheets(), 'xl/worksheets/sheet2.xml', xml);
    const { sheets } = await readWorkbookBuffer(bytes, 'big.xlsx');
    expect(sheets.map((s) => [s.name, s.cells.length])).toEqual([
      ['收入支出决算总表', 1],
      ['明细', 0],
    ]);
    const all = await readWorkbookBuffer(bytes, 'big.xlsx', { allSheets: true });
    expect(all.sheets[1].cells.length).toBe(6_001);
  });

  it('reads a big sheet whose first rows have a schedule cue', async () => {
    const bytes = await withPart(await twoSheets(), 'xl/worksheets/sheet2.xml', numbersXml(6_000, ['支 出 决 算 表']));
    const { sheets } = await readWorkbookBuffer(bytes, 'big.xlsx');
    expect(sheets[1].cells.length).toBe(6_001);
  });
});
