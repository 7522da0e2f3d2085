/**
 * Without flags, check / narrative / charts use what the pane stored in the workbook: last
 * year's figures, typed reasons, overrides, department packs; flags win; stderr says what was used.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { modelToJson } from '../../src/core/schedules/model-codec';
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { STORED_SHEET, StoredData, emptyStored, storedSheetRows, storedToXml } from '../../src/core/stored';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { withCustomXmlPart } from '../hosts/xlsx/custom-xml-part';
import { checkJson, juesuan, tempDir } from './cli-support';

jest.setTimeout(120_000);

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const THIS_YEAR = join(SAMPLES, 'national-2024.xlsx');
const LAST_YEAR = join(SAMPLES, 'national-2023.xlsx');
const dir = tempDir();
const USING_2023 = '使用工作簿中保存的上年数据（2023年）';
const COMPARED = /与2023年相比，收、支总计各增加\d+(\.\d\d)?万元，增长\d+\.\d\d%。/;
const AT = '2025-03-01T08:00:00.000Z';

async function withPrior(): Promise<StoredData> {
  return { ...emptyStored(), prior: { model: modelToJson(recogniseWorkbook(await readWorkbookFile(LAST_YEAR))) } };
}

/** This year's sample with `d` stored as Excel stores it: a custom XML part. */
async function withPart(name: string, d: StoredData | string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await withCustomXmlPart(readFileSync(THIS_YEAR), typeof d === 'string' ? d : storedToXml(d)));
  return path;
}

/** This year's sample with `d` in the hidden sheet of a copy downloaded from the preview. */
async function withSheet(name: string, d: StoredData): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(THIS_YEAR);
  const ws = wb.addWorksheet(STORED_SHEET, { state: 'hidden' });
  for (const row of storedSheetRows(d)) ws.addRow(row);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('last year stored in the workbook', () => {
  let partFile: string;
  let sheetFile: string;
  beforeAll(async () => {
    partFile = await withPart('part.xlsx', await withPrior());
    sheetFile = await withSheet('sheet.xlsx', await withPrior());
  });

  it('narrative compares with the stored 2023 figures from a custom XML part, and says so', async () => {
    const r = await juesuan('narrative', partFile);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(COMPARED);
    expect(r.err).toContain(USING_2023);
  });

  it('narrative does the same with the hidden sheet of a preview copy', async () => {
    const r = await juesuan('narrative', sheetFile);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(COMPARED);
    expect(r.err).toContain(USING_2023);
  });

  it('gives the same text as --prior with last year\'s workbook; --prior wins without the notice', async () => {
    const stored = await juesuan('narrative', partFile);
    const given = await juesuan('narrative', THIS_YEAR, '--prior', LAST_YEAR);
    expect(stored.out).toBe(given.out);
    const both = await juesuan('narrative', partFile, '--prior', LAST_YEAR);
    expect(both.out).toBe(given.out);
    expect(both.err).not.toContain('使用工作簿中保存的上年数据');
  });

  it('check compares each workbook with its own stored prior, as --prior would', async () => {
    const withStored = await checkJson(partFile, THIS_YEAR);
    const given = await checkJson(THIS_YEAR, '--prior', LAST_YEAR);
    const without = await checkJson(THIS_YEAR);
    expect(withStored.err.split(USING_2023)).toHaveLength(2);
    expect(withStored.err).toMatch(/^.*part\.xlsx：使用工作簿中保存的上年数据/m);
    expect(without.err).not.toContain('使用工作簿中保存的上年数据');
    const body = (file: any) => JSON.stringify({ ...file, file: undefined });
    expect(body(withStored.json.files[0])).toBe(body(given.json.files[0]));
    expect(body(withStored.json.files[1])).toBe(body(without.json.files[0]));
  });

  it('charts draws last year into the charts from the stored prior', async () => {
    const r = await juesuan('charts', partFile, '--out', join(dir, 'charts-stored'));
    await juesuan('charts', THIS_YEAR, '--out', join(dir, 'charts-none'));
    expect(r.err).toContain(USING_2023);
    expect(readFileSync(join(dir, 'charts-stored', '图1.svg'), 'utf8')).toContain('2023');
    expect(readFileSync(join(dir, 'charts-none', '图1.svg'), 'utf8')).not.toContain('2023');
  });

  it('a stored prior of the wrong year is refused with both years named, exit 2; --prior-any-year takes it', async () => {
    const sameYear = await withPart('same-year.xlsx', { ...emptyStored(), prior: { model: modelToJson(recogniseWorkbook(await readWorkbookFile(THIS_YEAR))) } });
    const r = await juesuan('narrative', sameYear);
    expect(r.code).toBe(2);
    expect(r.err).toContain('工作簿中保存的上年数据未使用：上年决算表是2024年度的，本年决算表是2024年度的：应为2023年度。');
    expect(r.out).not.toMatch(/与2024年相比/);
    const given = await juesuan('check', THIS_YEAR, '--prior', THIS_YEAR);
    expect(given.code).toBe(2);
    expect(given.err).toContain('上年决算表是2024年度的，本年决算表是2024年度的');
    const deliberate = await juesuan('narrative', THIS_YEAR, '--prior', THIS_YEAR, '--prior-any-year');
    expect(deliberate.code).toBe(0);
    expect(deliberate.out).toContain('与2024年相比');
  });

  it('a damaged stored document is a Chinese warning, not a crash', async () => {
    const file = await withPart('corrupt.xlsx', '<stored xmlns="urn:juesuan:stored:v1">{"format":"juesuan-stored",</stored>');
    const r = await juesuan('narrative', file);
    expect(r.code).toBe(0);
    expect(r.err).toContain('工作簿中保存的决算助手数据已损坏（不是有效的 JSON）。');
    expect(r.err).not.toMatch(/\n\s+at |SyntaxError/);
    expect(r.out).not.toMatch(COMPARED);
  });
});

describe('the user\'s texts and overrides stored in the workbook', () => {
  const typed: StoredData = {
    ...emptyStored(),
    reasons: { 'reason:收支总计': { text: '新增科研项目经费', updatedAt: AT } },
    settings: { unitName: '某市测试科学技术局', percentDecimals: 1 },
    annotations: { 'X@表1!A1': { explanation: '已核实', updatedAt: AT } },
  };

  it('narrative shows the reason and the override, and says what it used; flags win', async () => {
    const file = await withSheet('typed.xlsx', { ...typed, prior: (await withPrior()).prior });
    const r = await juesuan('narrative', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2024年度某市测试科学技术局决算情况说明');
    expect(r.out).toContain('主要变动原因是新增科研项目经费。');
    expect(r.out).toMatch(/增长\d+\.\d%。/);
    expect(r.err).toContain('使用工作簿中保存的设置：单位名称“某市测试科学技术局”、百分比 1 位小数');
    expect(r.err).toContain('使用工作簿中保存的填写的内容 1 处、审核说明和忽略标记 1 条');
    const flagged = await juesuan('narrative', file, '--percent-decimals', '2');
    expect(flagged.out).toMatch(/增长\d+\.\d\d%。/);
  });

  it('integer amounts and zero items: stored in the workbook, or asked for with flags', async () => {
    const plain = await juesuan('narrative', THIS_YEAR);
    expect(plain.out).toMatch(/\d\.00万元/);
    const flagged = await juesuan('narrative', THIS_YEAR, '--integer-amounts', '--list-zero-items');
    expect(flagged.out).not.toMatch(/\d\.00万元/);
    expect(flagged.out).toMatch(/经营收入0(\.00)?万元/);
    const stored = await juesuan('narrative', await withPart('numbers.xlsx', { ...emptyStored(), settings: { integerAmounts: true, listZeroItems: true } }));
    expect(stored.out).toBe(flagged.out);
    expect(stored.err).toContain('整数金额不写小数、列出为零的收支项目');
  });

  it('check applies a department pack stored in the workbook and lists the stored explanations', async () => {
    const pack = JSON.stringify({
      id: 'dept',
      rules: [{ id: 'D-01', kind: 'equals', severity: 'error', left: { schedule: 'T01', row: '收入总计', col: '金额' }, right: { schedule: 'T01', row: '本年收入合计', col: '金额' } }],
    });
    const file = await withPart('pack.xlsx', { ...typed, packs: [{ name: 'dept.json', text: pack, addedAt: AT }] });
    const r = await checkJson(file);
    expect(r.code).toBe(1);
    expect(r.json.files[0].findings.map((f: { rule: string }) => f.rule)).toContain('D-01');
    expect(r.err).toContain('使用工作簿中保存的规则包：dept');
  });
});
