/**
 * Hostile and broken input (issue 16, items 3 and 7–11): each class built here, run through
 * the command line; never a crash, an "内部错误" or a silent guess — a message or a finding
 * at the cell. Sibling of broken-inputs.test.ts (issue 2).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { a1, gridFromRows, parseA1 } from '../../src/core/grid/sheet-grid';
import { gbkBytes, patchXlsxPart, writeXlsx } from '../factories';
import { CliResult, STACK_TRACE, checkJson, figure, fixture, juesuan, tempDir, withCell, writeWorkbook } from './cli-support';

jest.setTimeout(120_000);

const dir = tempDir();
const clean = fixture();
const sheetOf = (id: string) => clean.expected.find((e) => e.schedule === id)!.sheet;

/** Control characters a terminal acts on, raw. */
// eslint-disable-next-line no-control-regex -- what must not be printed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Never a stack trace, never an internal error, never Infinity/NaN, never a control character. */
function expectHonest(r: CliResult): void {
  const all = `${r.out}${r.err}`;
  expect(all).not.toMatch(STACK_TRACE);
  expect(all).not.toContain('内部错误');
  expect(all).not.toMatch(/Infinity|NaN/);
  expect(all).not.toMatch(CONTROL);
}

async function findings(path: string, ...extra: string[]) {
  const { code, json, err } = await checkJson(path, ...extra);
  expect(err).not.toMatch(STACK_TRACE);
  const file = json.files[0];
  return { code, file, findings: file.findings.map((f: any) => ({ ...f, at: f.cells.map((c: any) => `${c.sheet}!${c.address}`) })) };
}

describe('3. hidden sheets and duplicate schedules', () => {
  it('reads a schedule from the visible sheet when a stale hidden copy comes first, and names both sheets', async () => {
    const t03 = sheetOf('T03');
    const e = figure(clean, 'T03', '2060101', '基本支出');
    const stale = { ...withCell(clean.sheets, t03, e.address, { value: 1 }).find((s) => s.name === t03)!, name: '支出决算表（旧）', hidden: true };
    const sheets = clean.sheets.flatMap((s) => (s.name === t03 ? [stale, s] : [s]));
    const p = await writeWorkbook(dir, 'stale-hidden.xlsx', sheets);
    const { code, file, findings: fs } = await findings(p);
    expect(file.schedules.find((s: any) => s.id === 'T03').sheet).toBe(t03);
    expect(code).toBe(0); // the stale figure (1 万元) would break T03's balances
    const dup = fs.find((f: any) => f.rule === 'duplicate-schedule');
    expect(dup).toMatchObject({ severity: 'warning', at: ['支出决算表（旧）!A1'] });
    expect(dup.message).toContain('支出决算表（旧）');
    expect(dup.message).toContain(t03);
    expectHonest(await juesuan('check', p));
  });

  it('reports a schedule read from a very hidden sheet, naming the sheet', async () => {
    const t07 = sheetOf('T07');
    const written = await writeXlsx(clean.sheets.map((s) => (s.name === t07 ? { ...s, hidden: true } : s)));
    const p = join(dir, 'very-hidden.xlsx');
    writeFileSync(p, await patchXlsxPart(written, 'xl/workbook.xml', (xml) => xml.replace('state="hidden"', 'state="veryHidden"')));
    const { file, findings: fs } = await findings(p);
    expect(file.schedules.find((s: any) => s.id === 'T07').sheet).toBe(t07);
    const hidden = fs.filter((f: any) => f.rule === 'hidden-sheet');
    expect(hidden).toHaveLength(1);
    expect(hidden[0].severity).toBe('warning');
    expect(hidden[0].message).toContain(`隐藏的工作表“${t07}”`);
    const text = await juesuan('check', p);
    expect(text.out).toContain(`隐藏的工作表“${t07}”`);
    expectHonest(text);
  });
});

describe('7. finite amounts', () => {
  it('an amount of 1e303 or of 20 digits is an error at its cell; nothing prints Infinity or NaN', async () => {
    const total = figure(clean, 'T01', '收入总计', '金额');
    const other = figure(clean, 'T03', '2060101', '项目支出');
    let sheets = withCell(clean.sheets, total.sheet, total.address, { value: 1e303 });
    sheets = withCell(sheets, other.sheet, other.address, { value: '12345678901234567890' });
    const p = await writeWorkbook(dir, 'huge-amounts.xlsx', sheets);
    const { code, findings: fs } = await findings(p);
    expect(code).toBe(1);
    for (const [e, shown] of [[total, '1e+303'], [other, '12345678901234567890']] as const) {
      const hit = fs.find((f: any) => f.rule === 'P-05' && f.at.includes(`${e.sheet}!${e.address}`));
      expect(hit).toMatchObject({ severity: 'error', outcome: 'fail' });
      expect(hit.message).toContain(`超出范围的数字“${shown}”`);
    }
    expect(JSON.stringify(fs)).not.toMatch(/Infinity|NaN/);
    expectHonest(await juesuan('check', p));
    for (const format of ['text', 'markdown', 'html']) {
      const r = await juesuan('narrative', p, '--format', format);
      expect(r.code).toBe(0);
      expectHonest(r);
    }
    const charts = join(dir, 'huge-charts');
    expectHonest(await juesuan('charts', p, '--out', charts));
    for (const f of readdirSync(charts).filter((n) => n.endsWith('.svg'))) expect(readFileSync(join(charts, f), 'utf8')).not.toMatch(/Infinity|NaN/);
  });
});

describe('8. rule packs, defensively', () => {
  const good = () => writeWorkbook(dir, 'pack-target.xlsx', clean.sheets);
  /** A department rule that fails on the clean fixture: 项目支出 ≤ 基本支出 is false there. */
  const RULE = { id: 'D-01', kind: 'less-or-equal', left: { schedule: 'T03', row: '合计', col: '本年支出合计' }, right: { schedule: 'T03', row: '合计', col: '基本支出' } };
  const packFile = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  async function refused(pack: string, why: RegExp): Promise<void> {
    const r = await juesuan('check', await good(), '--rules', pack);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`规则包“${pack}”`);
    expect(r.err).toMatch(why);
    expectHonest(r);
  }

  it.each(['constructor', '__proto__', 'toString'])('a kind named %s is an unknown kind, not a crash', async (kind) => {
    await refused(packFile(`kind-${kind}.json`, JSON.stringify({ id: 'dept', rules: [{ id: 'D-01', kind }] })), new RegExp(`不是已知的规则类型：“${kind}”`));
  });

  it('a pack with a UTF-8 BOM is read and its rule runs', async () => {
    const pack = packFile('bom.json', `\ufeff${JSON.stringify({ id: '某局', description: '带 BOM', rules: [RULE] })}`);
    const { code, findings: fs } = await findings(await good(), '--rules', pack);
    expect(code).toBe(1);
    expect(fs.find((f: any) => f.rule === 'D-01')).toMatchObject({ outcome: 'fail', severity: 'error' });
  });

  it('a GBK-encoded pack is refused with a message to save it as UTF-8', async () => {
    const gbk = packFile('gbk.json', gbkBytes(JSON.stringify({ id: '某局', description: '本单位规则', rules: [RULE] })));
    await refused(gbk, /GBK.*另存为 UTF-8/);
  });

  it('deep nesting and a million `each` values are refused with a message', async () => {
    await refused(packFile('deep.json', `{"id":"d","rules":[{"id":"D-01","kind":"sum","note":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`), /嵌套层数超过 20 层/);
    const each = Array.from({ length: 1_000_000 }, () => 'T03');
    await refused(packFile('each.json', JSON.stringify({ id: 'd', rules: [{ ...RULE, each }] })), /“each”最多 1000 个值/);
  });

  it('a tolerance must be a finite amount', async () => {
    await refused(packFile('tol.json', `{"id":"d","rules":[{"id":"D-01","kind":"hierarchy","schedule":"T03","tolerance":1e400}]}`), /“tolerance”应为 0 到 99999 之间的金额/);
  });
});

describe('9. ambiguous text numbers and 补充信息 counts', () => {
  it.each(['1 2', '(-5)', '2,3,6.58'])('“%s” in an amount cell is unreadable at the cell, not a guess', async (text) => {
    const e = figure(clean, 'T03', '2060101', '基本支出');
    const p = await writeWorkbook(dir, `ambiguous-${text.replace(/\W/g, '_')}.xlsx`, withCell(clean.sheets, e.sheet, e.address, { value: text }));
    const { code, findings: fs } = await findings(p);
    expect(code).toBe(1);
    const hit = fs.find((f: any) => f.rule === 'P-05' && f.at.includes(`${e.sheet}!${e.address}`));
    expect(hit?.message).toContain(`写法不明确的数字“${text}”`);
    // Nothing compares the guessed figure: the rules over the cell cannot check it.
    expect(fs.some((f: any) => f.outcome === 'insufficient_data' && f.at.includes(`${e.sheet}!${e.address}`))).toBe(true);
  });

  it('negative or fractional counts in 补充信息 are findings at their cells, not report text', async () => {
    const supplement = gridFromRows('补充信息', [
      ['项目', '内容'],
      ['车辆总数（辆）', '-3辆'],
      ['绩效目标管理项目数（个）', 1.5],
      ['单价50万元以上通用设备（台（套））', 2],
    ]);
    const p = await writeWorkbook(dir, 'bad-counts.xlsx', [...clean.sheets, supplement]);
    const { findings: fs } = await findings(p);
    const bad = fs.filter((f: any) => f.rule === 'supplement-value');
    expect(bad.map((f: any) => [f.severity, f.at, f.message])).toEqual([
      ['warning', ['补充信息!B2'], '补充信息表中“车辆总数”填写的“-3辆”不能为负数，说明中不采用该数，请更正'],
      ['warning', ['补充信息!B3'], '补充信息表中“绩效目标管理项目数”填写的“1.5”应为整数（单位：个），说明中不采用该数，请更正'],
    ]);
    const r = await juesuan('narrative', p);
    expect(r.code).toBe(0);
    const [body, openItems] = r.out.split('待补充事项');
    expect(body).not.toMatch(/-3辆|1\.5个/);
    expect(openItems).toContain('补充信息表中“车辆总数”填写的“-3辆”不能为负数，请更正');
    expect(r.out).toContain('【请更正车辆总数】');
    expect(r.out).toContain('【请更正绩效目标管理项目数】');
    expect(r.out).toContain('通用设备2台（套）');
    expectHonest(r);
  });
});

describe('10. output files', () => {
  const workbook = () => writeWorkbook(dir, 'out-target.xlsx', clean.sheets);

  it('--out that is a folder: a message naming it and suggesting a file name, exit 2', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const r = await juesuan('narrative', await workbook(), '--format', 'docx', '--out', folder);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`无法写入“${folder}”：这是一个已有的文件夹。请在 --out 中给出文件名，例如“${join(folder, '决算情况说明.docx')}”`);
    expectHonest(r);
  });

  it('--out in a folder that does not exist: a message naming the folder, exit 2', async () => {
    const target = join(dir, 'no-such-folder', 'report.md');
    const r = await juesuan('narrative', await workbook(), '--format', 'markdown', '--out', target);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`文件夹“${join(dir, 'no-such-folder')}”不存在。请先创建该文件夹`);
    expectHonest(r);
  });

  it('--out below a file, and charts or demo --out that is a file: messages naming the file, exit 2', async () => {
    const file = join(dir, 'plain-file.txt');
    writeFileSync(file, 'x');
    const below = await juesuan('narrative', await workbook(), '--out', join(file, 'report.txt'));
    expect(below.code).toBe(2);
    expect(below.err).toContain(`路径中的“${file}”是文件，不是文件夹`);
    for (const r of [await juesuan('charts', await workbook(), '--out', file), await juesuan('demo', '--out', file)]) {
      expect(r.code).toBe(2);
      expect(r.err).toContain(`“${file}”是文件，不是文件夹。请在 --out 中给出一个文件夹`);
      expectHonest(r);
    }
  });

  it('--out without permission: a message saying so, exit 2', async () => {
    // The tests may run as root, where chmod does not stop a write: fake the error Node's fs
    // gives for a file the user may not write (EACCES, open(2)), as the real write would.
    const fsp = jest.requireActual('fs/promises');
    const spy = jest.spyOn(fsp, 'writeFile').mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    try {
      const target = join(dir, 'locked.txt');
      const r = await juesuan('narrative', await workbook(), '--out', target);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`无法写入“${target}”：没有写入权限`);
      expectHonest(r);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('11. terminal safety', () => {
  it('ESC and BEL from cells (_x001B_ in the XML) never reach the output', async () => {
    const words = figure(clean, 'T03', '2060101', '项目支出');
    const label = figure(clean, 'T05', '2060101', '合计');
    const t05 = clean.sheets.find((s) => s.name === label.sheet)!;
    const row = parseA1(label.address).row;
    const labelCol = t05.cells[row].findIndex((c: any) => c && String(c.value).includes('行政运行'));
    let sheets = withCell(clean.sheets, words.sheet, words.address, { value: '见说明MARK1' });
    sheets = withCell(sheets, label.sheet, a1(row, labelCol), { value: '行政MARK2运行' });
    const p = join(dir, 'escape.xlsx');
    const escaped = (xml: string) => xml.replace('见说明MARK1', '见说明_x001B_[2J_x0007_').replace('行政MARK2运行', '行政_x001B_[31m运行_x0007_');
    writeFileSync(p, await patchXlsxPart(await writeXlsx(sheets), 'xl/sharedStrings.xml', escaped));

    const text = await juesuan('check', p);
    expect(text.out).toContain('见说明[2J');
    expectHonest(text);
    const json = await juesuan('check', '--json', p);
    expect(json.out).toContain('见说明[2J');
    expect(json.out).not.toMatch(/\\u00(1b|07)/i);
    expectHonest(json);
    for (const format of ['text', 'markdown', 'html']) {
      const r = await juesuan('narrative', p, '--format', format);
      expect(r.out).toMatch(/行政\\?\[31m运行/); // Markdown escapes the bracket
      expectHonest(r);
    }
  });
});
