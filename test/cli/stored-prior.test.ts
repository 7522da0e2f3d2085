/** Without --prior, check / narrative / charts use last year's figures the pane stored in the workbook. */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ADDIN_DATA_SHEET, addinDataRows } from '../../src/core/addin-data-sheet';
import { modelToJson } from '../../src/core/schedules/model-codec';
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { addinDataToXml } from '../../src/hosts/excel/addin-data';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { withCustomXmlPart } from '../hosts/xlsx/custom-xml-part';
import { checkJson, juesuan, tempDir } from './cli-support';

jest.setTimeout(120_000);

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const THIS_YEAR = join(SAMPLES, 'national-2024.xlsx');
const dir = tempDir();
const USING_2023 = '使用工作簿中保存的上年数据（2023年）';
const COMPARED = /与2023年相比，收、支总计各增加\d+(\.\d\d)?万元，增长\d+\.\d\d%。/;

async function prior2023Json(): Promise<string> {
  return modelToJson(recogniseWorkbook(await readWorkbookFile(join(SAMPLES, 'national-2023.xlsx'))));
}

/** This year's sample with `text` stored as Excel stores it: a custom XML part. */
async function withPart(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await withCustomXmlPart(readFileSync(THIS_YEAR), addinDataToXml('prior', text)));
  return path;
}

/** This year's sample with `text` in the hidden data sheet of a copy downloaded from the preview. */
async function withSheet(name: string, text: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(THIS_YEAR);
  const ws = wb.addWorksheet(ADDIN_DATA_SHEET, { state: 'hidden' });
  for (const row of addinDataRows(new Map([['prior', text]]))) ws.addRow(row);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('last year stored in the workbook', () => {
  let partFile: string;
  let sheetFile: string;
  beforeAll(async () => {
    const json = await prior2023Json();
    partFile = await withPart('part.xlsx', json);
    sheetFile = await withSheet('sheet.xlsx', json);
  });

  it('narrative compares with the stored 2023 figures from a custom XML part, and says so', async () => {
    const r = await juesuan('narrative', partFile);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(COMPARED);
    expect(r.out).not.toMatch(/请补充上年/);
    expect(r.err).toContain(USING_2023);
  });

  it('narrative does the same with the hidden data sheet of a preview copy', async () => {
    const r = await juesuan('narrative', sheetFile);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(COMPARED);
    expect(r.err).toContain(USING_2023);
  });

  it('gives the same text as --prior with last year\'s workbook', async () => {
    const stored = await juesuan('narrative', partFile);
    const given = await juesuan('narrative', THIS_YEAR, '--prior', join(SAMPLES, 'national-2023.xlsx'));
    expect(stored.out).toBe(given.out);
  });

  it('--prior wins over the stored data, without the notice', async () => {
    const r = await juesuan('narrative', partFile, '--prior', join(SAMPLES, 'national-2023.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(COMPARED);
    expect(r.err).not.toContain('使用工作簿中保存的上年数据');
  });

  it('check compares each workbook with its own stored prior, as --prior would', async () => {
    const withStored = await checkJson(partFile, THIS_YEAR);
    const given = await checkJson(THIS_YEAR, '--prior', join(SAMPLES, 'national-2023.xlsx'));
    const without = await checkJson(THIS_YEAR);
    expect(withStored.err.split(USING_2023)).toHaveLength(2);
    expect(without.err).not.toContain('使用工作簿中保存的上年数据');
    const body = (file: any) => JSON.stringify({ ...file, file: undefined });
    // The second workbook stores nothing: it is checked without a prior.
    expect(body(withStored.json.files[0])).toBe(body(given.json.files[0]));
    expect(body(withStored.json.files[1])).toBe(body(without.json.files[0]));
    expect(body(given.json.files[0])).not.toBe(body(without.json.files[0]));
  });

  it('charts draws last year into the charts from the stored prior', async () => {
    const r = await juesuan('charts', partFile, '--out', join(dir, 'charts-stored'));
    await juesuan('charts', THIS_YEAR, '--out', join(dir, 'charts-none'));
    expect(r.err).toContain(USING_2023);
    expect(readFileSync(join(dir, 'charts-stored', '图1.svg'), 'utf8')).toContain('2023');
    expect(readFileSync(join(dir, 'charts-none', '图1.svg'), 'utf8')).not.toContain('2023');
  });

  it('a workbook without stored data behaves as before: placeholder, no notice', async () => {
    const r = await juesuan('narrative', THIS_YEAR);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/请补充上年|【[^】]*上年/);
    expect(r.out).not.toMatch(COMPARED);
    expect(r.err).not.toContain('上年数据');
  });

  it('emptied stored data (last year removed in the pane) is no prior and no warning', async () => {
    const r = await juesuan('narrative', await withPart('emptied.xlsx', ''));
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(COMPARED);
    expect(r.err).not.toContain('上年数据');
  });

  it.each([
    ['part', withPart],
    ['sheet', withSheet],
  ])('corrupt stored JSON (%s) is a Chinese warning, not a crash', async (kind, make) => {
    const file = await make(`corrupt-${kind}.xlsx`, '{"kind":"juesuan-workbook-model","version":1,');
    const r = await juesuan('narrative', file);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^工作簿中保存的上年数据无法读取，本次不与上年比较：.*不是有效的 JSON/m);
    expect(r.err).not.toMatch(/\n\s+at |SyntaxError/);
    expect(r.out).not.toMatch(COMPARED);
    const c = await juesuan('check', file);
    expect(c.err).toMatch(/工作簿中保存的上年数据无法读取/);
    expect(c.code).not.toBe(2);
  });
});
