/**
 * Broken inputs (issue 2): each ends in a clear Chinese message naming the file, and the
 * sheet and cell where there is one; exit 2 or findings; never a stack trace.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { a1, gridFromRows, parseA1 } from '../../src/core/grid/sheet-grid';
import { CliResult, STACK_TRACE, checkJson, figure, fixture, juesuan, tempDir, withCell, writeWorkbook } from './cli-support';

jest.setTimeout(60_000);

const dir = tempDir();
const clean = fixture();

function expectNoTrace(r: { out?: string; err: string }): void {
  expect(`${r.out ?? ''}${r.err}`).not.toMatch(STACK_TRACE);
}

/** A file the reader must refuse: exit 2, a message naming the file and saying why. */
async function expectUnreadable(path: string, why: RegExp): Promise<CliResult> {
  const r = await juesuan('check', path);
  expect(r.code).toBe(2);
  expect(r.out).toContain(`文件“${path}”`);
  expect(r.out).toMatch(why);
  expectNoTrace(r);
  return r;
}

/** Findings of a workbook, with cells flattened to "sheet!A1". */
async function findingsOf(path: string) {
  const { code, json, err } = await checkJson(path);
  expectNoTrace({ err });
  const findings = json.files[0].findings.map((f: any) => ({ ...f, at: f.cells.map((c: any) => `${c.sheet}!${c.address}`) }));
  return { code, file: json.files[0], findings };
}

describe('files that are not readable workbooks', () => {
  it('1. a text file', async () => {
    const p = join(dir, 'notes.xlsx');
    writeFileSync(p, '这是一个文本文件，不是工作簿。\n');
    await expectUnreadable(p, /不是 \.xlsx 工作簿/);
  });

  it('2. a password-protected workbook', async () => {
    const p = join(dir, 'encrypted.xlsx');
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    writeFileSync(p, Buffer.from([...header, ...new Array(504).fill(0), ...Buffer.from('EncryptionInfo', 'utf16le'), ...new Array(64).fill(0)]));
    await expectUnreadable(p, /密码/);
  });

  it('3. an old .xls workbook', async () => {
    const p = join(dir, 'old.xls');
    writeFileSync(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
    await expectUnreadable(p, /\.xls.*另存为/);
  });

  it('4. an empty file', async () => {
    const p = join(dir, 'empty.xlsx');
    writeFileSync(p, '');
    await expectUnreadable(p, /空文件/);
  });

  it('5. a path that does not exist', async () => {
    await expectUnreadable(join(dir, 'nowhere.xlsx'), /不存在/);
  });

  it('6. a folder without workbooks (folders are searched for .xlsx files)', async () => {
    const p = join(dir, 'folder.xlsx');
    mkdirSync(p);
    const r = await juesuan('check', p);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`文件夹“${p}”中没有 .xlsx 文件`);
    expectNoTrace(r);
  });

  it('7. a truncated workbook', async () => {
    const p = await writeWorkbook(dir, 'whole.xlsx', clean.sheets);
    const bytes = readFileSync(p);
    const cut = join(dir, 'truncated.xlsx');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectUnreadable(cut, /损坏|不完整/);
  });

  it('8. a workbook with no schedule at all, while the other files are still checked', async () => {
    const junk = await writeWorkbook(dir, 'budget-notes.xlsx', [gridFromRows('工作计划', [['序号', '事项'], [1, '年度工作']])]);
    const good = await writeWorkbook(dir, 'good.xlsx', clean.sheets);
    const r = await juesuan('check', junk, good);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(new RegExp(`文件“${junk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”中没有找到可识别的决算公开表.*工作计划`));
    expect(r.out).toContain(`${good}：`);
    expect(r.out).toMatch(/识别到 9 张表/);
    expectNoTrace(r);
  });

  it('9. a workbook whose only sheet is empty', async () => {
    const p = await writeWorkbook(dir, 'blank.xlsx', [gridFromRows('Sheet1', [])]);
    const r = await juesuan('check', p);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`文件“${p}”`);
    expectNoTrace(r);
  });

  it('10. a rule pack that is not valid', async () => {
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, '{"id": "x", "rules": [ { "id": "A-1", "kind": "no-such-kind" } ] }');
    const good = await writeWorkbook(dir, 'good2.xlsx', clean.sheets);
    const r = await juesuan('check', good, '--rules', pack);
    expect(r.code).toBe(2);
    expect(r.err).toContain(pack);
    expectNoTrace(r);
  });

  it('11. last year\'s workbook unreadable: the cross-year rules are skipped, the file is still checked', async () => {
    const prior = join(dir, 'prior.xlsx');
    writeFileSync(prior, 'not a workbook');
    const good = await writeWorkbook(dir, 'good3.xlsx', clean.sheets);
    const r = await juesuan('check', good, '--prior', prior);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/上年度决算表无法使用/);
    expect(r.err).toContain(prior);
    expect(r.out).toMatch(/识别到 9 张表/);
    expectNoTrace(r);
  });
});

describe('workbooks with broken content: findings that point at the cell', () => {
  it('12. a mandatory schedule missing', async () => {
    const t03 = clean.expected.find((e) => e.schedule === 'T03')!.sheet;
    const p = await writeWorkbook(dir, 'no-t03.xlsx', clean.sheets.filter((s) => s.name !== t03));
    const { code, file, findings } = await findingsOf(p);
    expect(file.missing).toEqual(['T03']);
    expect(code).toBe(1);
    expect(findings.some((f: any) => f.severity === 'error' && f.outcome === 'fail' && /支出决算表/.test(f.message))).toBe(true);
    const text = await juesuan('check', p);
    expect(text.out).toMatch(/缺少的必备表：T03 支出决算表/);
  });

  it('13. a #REF! error value in an amount cell', async () => {
    const e = figure(clean, 'T03', '2060101', '基本支出');
    const p = await writeWorkbook(dir, 'ref.xlsx', withCell(clean.sheets, e.sheet, e.address, { value: { error: '#REF!' } }));
    const { code, findings } = await findingsOf(p);
    expect(code).toBe(1);
    const hit = findings.find((f: any) => f.severity === 'error' && f.outcome === 'fail' && f.at.includes(`${e.sheet}!${e.address}`));
    expect(hit?.message).toMatch(/#REF!/);
  });

  it('14. a formula whose result was never saved', async () => {
    const e = figure(clean, 'T02', '合计', '本年收入合计');
    const p = await writeWorkbook(dir, 'nocache.xlsx', withCell(clean.sheets, e.sheet, e.address, { value: null, formula: 'SUM(C8:C20)', formulaWithoutValue: true }));
    const { code, findings } = await findingsOf(p);
    expect(code).toBe(1);
    const hit = findings.find((f: any) => f.outcome === 'fail' && f.severity === 'error' && f.at.includes(`${e.sheet}!${e.address}`));
    expect(hit?.message).toMatch(/公式/);
  });

  it('15. a subject code entered twice', async () => {
    const first = figure(clean, 'T05', '2060101', '合计');
    const second = figure(clean, 'T05', '2060102', '合计');
    // Overwrite the second row's code cell (left of its name) with the first row's code.
    const sheet = clean.sheets.find((s) => s.name === second.sheet)!;
    const row = parseA1(second.address).row;
    const codeCol = sheet.cells[row].findIndex((c: any) => c && String(c.value) === '2060102');
    expect(codeCol).toBeGreaterThanOrEqual(0);
    const p = await writeWorkbook(dir, 'dup.xlsx', withCell(clean.sheets, second.sheet, a1(row, codeCol), { value: '2060101' }));
    const { code, findings } = await findingsOf(p);
    expect(code).toBe(1);
    expect(findings.some((f: any) => f.outcome === 'fail' && /2060101/.test(f.message) && /重复/.test(f.message) && f.at.some((a: string) => a.startsWith(`${first.sheet}!`)))).toBe(true);
  });

  it('16. one schedule in 元 while the others are in 万元', async () => {
    const yuan = fixture({ unit: '元' });
    const t06 = clean.expected.find((e) => e.schedule === 'T06')!.sheet;
    const sheets = clean.sheets.map((s) => (s.name === t06 ? yuan.sheets.find((y) => y.name === t06)! : s));
    const p = await writeWorkbook(dir, 'mixed-units.xlsx', sheets);
    const { code, findings } = await findingsOf(p);
    // The figures agree once converted, so no balance error; the unit difference is flagged.
    expect(findings.filter((f: any) => f.severity === 'error' && f.outcome === 'fail')).toEqual([]);
    expect(code).toBe(0);
    expect(findings.some((f: any) => f.severity === 'warning' && /元/.test(f.message) && /万元/.test(f.message) && f.at.some((a: string) => a.startsWith(`${t06}!`)))).toBe(true);
  });

  it('17. negative totals', async () => {
    const inc = figure(clean, 'T01', '收入总计', '金额');
    const exp = figure(clean, 'T01', '支出总计', '金额');
    let sheets = withCell(clean.sheets, inc.sheet, inc.address, { value: -inc.fen / 1e6 });
    sheets = withCell(sheets, exp.sheet, exp.address, { value: -exp.fen / 1e6 });
    const p = await writeWorkbook(dir, 'negative.xlsx', sheets);
    const { code, findings } = await findingsOf(p);
    expect(code).toBe(1);
    for (const e of [inc, exp]) {
      expect(findings.some((f: any) => f.outcome === 'fail' && f.severity !== 'info' && /负/.test(f.message) && f.at.includes(`${e.sheet}!${e.address}`))).toBe(true);
    }
  });

  it('18. words where a figure belongs', async () => {
    const e = figure(clean, 'T03', '20601', '项目支出');
    const p = await writeWorkbook(dir, 'words.xlsx', withCell(clean.sheets, e.sheet, e.address, { value: '见说明' }));
    const { code, findings } = await findingsOf(p);
    expect(code).toBe(1);
    const hit = findings.find((f: any) => f.outcome === 'fail' && f.severity === 'error' && f.at.includes(`${e.sheet}!${e.address}`));
    expect(hit?.message).toMatch(/见说明/);
    expect(findings.some((f: any) => f.outcome === 'insufficient_data' && f.at.includes(`${e.sheet}!${e.address}`))).toBe(true);
  });

  it('19. a row the reader does not know, with figures', async () => {
    const e = figure(clean, 'T03', '2060101', '本年支出合计');
    const sheet = clean.sheets.find((s) => s.name === e.sheet)!;
    const row = parseA1(e.address).row;
    const below = sheet.cells.length + 0;
    const labelCol = sheet.cells[row].findIndex((c: any) => c && String(c.value).includes('行政运行'));
    const codeCol = sheet.cells[row].findIndex((c: any) => c && String(c.value) === '2060101');
    let sheets = withCell(clean.sheets, e.sheet, a1(row, codeCol), null);
    sheets = withCell(sheets, e.sheet, a1(row, labelCol), { value: '某某杂项支出' });
    const p = await writeWorkbook(dir, 'unknown-row.xlsx', sheets);
    const { findings } = await findingsOf(p);
    expect(below).toBeGreaterThan(row);
    expect(findings.some((f: any) => f.severity === 'warning' && /某某杂项支出/.test(f.message) && f.at.includes(`${e.sheet}!${a1(row, labelCol)}`))).toBe(true);
  });

  it('20. a huge sheet of other data beside the schedules', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`明细${i + 1}`, i, i * 2.5, i % 7, 'x', i / 3, 1, 2]);
    const big = gridFromRows('明细账', [['凭证号', '金额'], ...rows]);
    const p = await writeWorkbook(dir, 'huge.xlsx', [...clean.sheets, big]);
    const { code, file } = await findingsOf(p);
    expect(code).toBe(0);
    expect(file.schedules).toHaveLength(9);
  });
});
