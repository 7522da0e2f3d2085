import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { getFen } from '../../src/core/schedules/model';
import { openSession } from '../../src/core/session';
import { emptyStored } from '../../src/core/stored';
import { blankWorkbook } from '../../src/core/templates/blank';
import { readWorkbookBuffer } from '../../src/hosts/xlsx';
import { buildFixture } from '../factories';
import { fillCells, recalculate } from '../support/formula-eval';
import { STACK_TRACE, checkJson, juesuan, tempDir, writeWorkbook } from './cli-support';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const PACK = { id: '某市财政局-2025', template: 'any', rules: [{ id: 'D-01', kind: 'less-or-equal', left: { schedule: 'T03', row: '合计', col: '项目支出' }, right: { schedule: 'T03', row: '合计', col: '基本支出' } }] };

const failed = (f: { outcome: string }) => f.outcome !== 'pass' && f.outcome !== 'not_applicable';
const readModel = async (path: string) => openSession(await readWorkbookBuffer(new Uint8Array(readFileSync(path)), path), emptyStored()).model;

describe('juesuan template', () => {
  const dir = tempDir();

  it.each(['national', 'sichuan2021', 'sichuan2023'])('%s: writes a blank that juesuan check recognises completely with 0 errors', async (template) => {
    const out = join(dir, `${template}.xlsx`);
    const r = await juesuan('template', '--template', template, '--year', '2025', '--unit', '某市科学技术局', '--codes', '2060101,2080505', '--codes', '2101101', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('科目 9 行（类、款、项）');
    const { code, json } = await checkJson(out);
    expect(code).toBe(0);
    expect(json.files[0]).toMatchObject({ template, unit: '某市科学技术局', year: 2025, missing: [] });
    expect(json.files[0].findings.filter(failed)).toEqual([]);
    expect(json.files[0].schedules).toHaveLength(template === 'national' ? 9 : template === 'sichuan2021' ? 14 : 13);
  });

  it('locks everything but the amounts to type: protected sheets, unlocked input cells, formulas with results, 0.00', async () => {
    const out = join(dir, 'locked.xlsx');
    expect((await juesuan('template', '--template', 'national', '--year', '2025', '--codes', '2060101', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const t05 = wb.getWorksheet('一般公共预算财政拨款支出决算表')!;
    const protection = (t05 as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    // Read back as ExcelJS models it (true = allowed; sheet-protection-xform.js): protected, columns may be widened, cells selected.
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(protection?.selectUnlockedCells).not.toBe(false);
    expect(protection?.selectLockedCells).not.toBe(false);
    expect(protection).not.toHaveProperty('hashValue');
    expect((wb.getWorksheet('补充信息') as unknown as { sheetProtection?: unknown }).sheetProtection).toBeFalsy();
    // Rows: title, number, unit line, two header rows, 栏次, 合计, 206, 20601, 2060101.
    expect(t05.getCell('A4').value).toBe('项目');
    expect(t05.getCell('A4').protection?.locked).not.toBe(false);
    expect(t05.getCell('D10').protection).toMatchObject({ locked: false });
    expect(t05.getCell('D10').numFmt).toBe('0.00');
    expect(t05.getCell('C10').formula).toBe('D10+E10');
    expect(t05.getCell('D7').formula).toBe('D8');
    // Each formula carries its result (<v>0</v>), as read by the .xlsx host (ExcelJS drops a cached 0 when reading).
    const grid = (await readWorkbookBuffer(new Uint8Array(readFileSync(out)), out)).sheets.find((g) => g.name === t05.name)!;
    expect(grid.cells[9][2]).toMatchObject({ formula: 'D10+E10', value: 0 });
    expect(grid.cells[9][2]?.formulaWithoutValue).toBeFalsy();
    expect(t05.getCell('D7').protection?.locked).not.toBe(false);
    // Excel recalculates on opening (ExcelJS writes calcPr but does not read it back).
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('stores the bureau’s pack in the workbook, applied by every later check', async () => {
    const pack = join(dir, '某市财政局.json');
    writeFileSync(pack, JSON.stringify(PACK));
    const out = join(dir, 'with-pack.xlsx');
    const r = await juesuan('template', '--template', 'sichuan2023', '--year', '2025', '--rules', pack, '--out', out);
    expect(r.out).toContain('已保存规则包：某市财政局.json。');
    const checked = await checkJson(out, '--all');
    expect(checked.err).toContain('使用工作簿中保存的规则包：某市财政局-2025');
    expect(checked.json.files[0].findings.some((f: { rule: string }) => f.rule === 'D-01')).toBe(true);
  });

  it('works on a filled copy like on any workbook: clean when the figures agree, an error where they do not', async () => {
    const f = buildFixture({ template: 'national', year: 2025 - 1 });
    const codes = [...new Set(f.expected.filter((e) => /^\d{7}$/.test(e.row) && e.schedule !== 'T06').map((e) => e.row))];
    const out = join(dir, 'to-fill.xlsx');
    expect((await juesuan('template', '--template', 'national', '--year', '2024', '--unit', f.unitName, '--codes', codes.join(','), '--out', out)).code).toBe(0);
    // What the department types, into the cells the file leaves unlocked; Excel recalculates on opening.
    const layout = blankWorkbook({ template: 'national', year: 2024, codes });
    const figure = (s: string, r: string, c: string) => (f.expected.find((e) => e.schedule === s && e.row === r && e.col === c)?.fen ?? 0) / 1_000_000;
    const fills = layout.sheets.flatMap((s) => s.inputs.map((i) => ({ sheet: s.grid.name, row: i.row, col: i.col, value: figure(i.schedule, i.key, i.column) })));
    const read = await readWorkbookBuffer(new Uint8Array(readFileSync(out)), out);
    const filled = await writeWorkbook(dir, 'filled.xlsx', recalculate(fillCells(read.sheets, fills)));
    const clean = await checkJson(filled);
    expect(clean.code).toBe(0);
    expect(clean.json.files[0].findings.filter(failed)).toEqual([]);
    // 上级补助收入 typed in T02 but not in T01: the cross-schedule rule points at both cells.
    const t02 = layout.sheets.find((s) => s.grid.name === '收入决算表')!;
    const cell = t02.inputs.find((i) => i.key === '2060101' && i.column === '上级补助收入')!;
    const wrong = await writeWorkbook(dir, 'wrong.xlsx', recalculate(fillCells(recalculate(fillCells(read.sheets, fills)), [{ sheet: '收入决算表', row: cell.row, col: cell.col, value: 12.5 }])));
    const broken = await checkJson(wrong);
    expect(broken.code).toBe(1);
    expect(broken.json.files[0].findings.map((x: { rule: string }) => x.rule)).toContain('X-01');
  });

  it.each([
    ['national', 'national-2024.xlsx'],
    ['sichuan2023', 'sichuan-2024.xlsx'],
  ])('%s --from %s: this year’s 年初结转和结余 are the sample’s 年末结转和结余', async (template, sample) => {
    const from = join(SAMPLES, sample);
    const out = join(dir, `from-${sample}`);
    const r = await juesuan('template', '--template', template, '--year', '2025', '--from', from, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`年初结转和结余取自上年决算表“${sample}”的年末结转和结余`);
    const [prior, now] = [await readModel(from), await readModel(out)];
    expect(getFen(now, 'T01', '年初结转和结余', '金额')).toBe(getFen(prior, 'T01', '年末结转和结余', '金额'));
    expect(getFen(now, 'T04', '年初财政拨款结转和结余/政府性基金预算财政拨款', '金额')).toBe(getFen(prior, 'T04', '年末财政拨款结转和结余', '政府性基金预算财政拨款'));
    expect(getFen(now, 'T08', '合计', '年初结转和结余')).toBe(getFen(prior, 'T08', '合计', '年末结转和结余'));
    expect(getFen(prior, 'T08', '合计', '年末结转和结余')).toBeGreaterThan(0);
    const checked = await checkJson(out, '--prior', from);
    expect(checked.code).toBe(0);
  });

  it.each([
    [['--template', 'shanghai', '--year', '2025', '--out', 'x.xlsx'], '--template 只能是 national、sichuan2021、sichuan2023 之一，而不是“shanghai”'],
    [['--template', 'national', '--year', '二〇二五', '--out', 'x.xlsx'], '--year 应为 2000 到 2100 之间的年份'],
    [['--template', 'national', '--year', '2025'], '用法：juesuan template'],
    [['--template', 'national', '--year', '2025', '--codes', '20601x', '--out', 'x.xlsx'], '“20601x”不是支出功能分类科目编码'],
    [['--template', 'national', '--year', '2025', '--from', 'nowhere.xlsx', '--out', 'x.xlsx'], '上年决算表无法使用'],
    [['--template', 'national', '--year', '2023', '--from', join(SAMPLES, 'national-2024.xlsx'), '--out', 'x.xlsx'], '不能结转到 2023 年度'],
  ])('refuses %j with a plain message, exit 2', async (args, message) => {
    const r = await juesuan('template', ...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(STACK_TRACE);
  });
});
