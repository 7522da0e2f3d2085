/**
 * `juesuan check <folder> --report review.xlsx|review.html`: the workbooks under a folder
 * found recursively, one row each (unit, year, template, missing schedules, errors,
 * warnings with and without a stored explanation, not checkable, the report beside it
 * verified), every finding, the rules' outcome counts; frozen header and filters; progress
 * on stderr; the same report from worker threads (the compiled command) as from one thread.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { findingKey } from '../../src/core/rules/finding-key';
import { emptyStored, storedToXml } from '../../src/core/stored';
import { buildFixture, writeXlsx } from '../factories';
import { withCustomXmlPart } from '../hosts/xlsx/custom-xml-part';
import { withCellBumped } from '../integration/support';
import { bump, draft, inject } from '../core/verify/drafts';
import { juesuan, tempDir } from './cli-support';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '..', '..');
const T07 = '一般公共预算财政拨款三公经费支出决算表';
const fixture = buildFixture();
/** T07 因公出国（境）费 over its budget, the total kept in step: one warning (as the pane's store tests). */
const warned = withCellBumped(withCellBumped(fixture.sheets, T07, 'D7', 5), T07, 'B7', 5);
const WARNING = { rule: 'T07-R02b', cells: [`${T07}!C7`, `${T07}!D7`].map((r) => ({ sheet: T07, address: r.split('!')[1] })) };

type Sheet = (string | number | null)[][];

async function readReport(path: string): Promise<{ sheets: Record<string, Sheet>; views: Record<string, unknown>; filters: Record<string, unknown> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: Record<string, Sheet> = {};
  const views: Record<string, unknown> = {};
  const filters: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    const rows: Sheet = [];
    // row.values is sparse (empty cells are holes), so Array.from rather than map.
    ws.eachRow((row) => rows.push(Array.from((row.values as (string | number | null)[]).slice(1), (v) => v ?? null)));
    sheets[ws.name] = rows;
    views[ws.name] = ws.views[0];
    filters[ws.name] = ws.autoFilter;
  });
  return { sheets, views, filters };
}

describe('juesuan check --report', () => {
  const dir = tempDir();
  const folder = join(dir, '各部门');
  const d = draft('national');
  let explainedFile: string;

  beforeAll(async () => {
    for (const sub of ['甲局', '乙局/二级单位', '丙局']) mkdirSync(join(folder, sub), { recursive: true });
    writeFileSync(join(folder, '甲局', '甲局.xlsx'), await writeXlsx(fixture.sheets));
    const stored = { ...emptyStored(), annotations: { [findingKey(WARNING)]: { explanation: '年中追加出国任务', updatedAt: '2025-03-01T08:00:00.000Z' } } };
    explainedFile = join(folder, '乙局', '乙局.xlsx');
    writeFileSync(explainedFile, await withCustomXmlPart(Buffer.from(await writeXlsx(warned)), storedToXml(stored)));
    writeFileSync(join(folder, '乙局', '二级单位', '二级单位.xlsx'), await writeXlsx(warned));
    writeFileSync(join(folder, '乙局', '~$乙局.xlsx'), 'Excel lock file');
    writeFileSync(join(folder, '丙局', '丙局.xlsx'), await writeXlsx(d.sheets));
    // The report written by 丙局, with 本年收入合计 one fen off.
    writeFileSync(join(folder, '丙局', '丙局.txt'), inject(d, /本年收入合计(\d+\.\d+)万元/, (_m, n) => `本年收入合计${bump(n)}万元`).join('\n'));
    writeFileSync(join(folder, '坏.xlsx'), 'not a workbook');
  });

  it('writes one row per workbook found under the folder, every finding and the rules, with frozen header and filters', async () => {
    const out = join(dir, 'review.xlsx');
    const r = await juesuan('check', folder, '--report', out);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`已写出审核汇总 ${out}`);
    expect(r.err.match(/审核进度 \d\/5：/g)).toHaveLength(5);
    const { sheets, views, filters } = await readReport(out);
    expect(Object.keys(sheets)).toEqual(['汇总', '问题明细', '规则统计']);
    const [head, ...rows] = sheets['汇总'];
    expect(head.slice(0, 9)).toEqual(['文件', '单位', '年度', '模板', '缺少的表', '错误', '已说明的警告', '未说明的警告', '无法检查']);
    const row = (name: string) => rows.find((x) => String(x[0]).endsWith(name))!;
    // In code-point order of the names, sub-folders walked in place.
    expect(rows.map((x) => String(x[0]).slice(folder.length + 1))).toEqual(['丙局/丙局.xlsx', '乙局/乙局.xlsx', '乙局/二级单位/二级单位.xlsx', '坏.xlsx', '甲局/甲局.xlsx'].map((p) => join(p)));
    expect(row('甲局.xlsx').slice(1, 9)).toEqual([fixture.unitName, fixture.year, '全国通用九表', null, 0, 0, 0, 0]);
    expect(row('/乙局.xlsx').slice(5, 8)).toEqual([0, 1, 0]);
    expect(row('二级单位.xlsx').slice(5, 8)).toEqual([0, 0, 1]);
    expect(row('丙局.xlsx')[9]).toBe(join(folder, '丙局', '丙局.txt'));
    expect(row('丙局.xlsx')[10]).toBeGreaterThanOrEqual(1);
    expect(String(row('坏.xlsx')[13])).toMatch(/^无法审核：.*坏\.xlsx/);

    const findings = sheets['问题明细'];
    expect(findings[0]).toEqual(['文件', '单位', '来源', '级别', '规则或问题', '内容', '单元格', '说明原文', '单位的说明', '已忽略', '规则编号']);
    // The rule in words; its id only in the technical last column.
    const explained = findings.find((x) => x[0] === explainedFile && x[10] === 'T07-R02b')!;
    expect(explained[4]).toBe('决算数超过预算数需说明');
    expect(explained.slice(2, 4)).toEqual(['审核', '警告']);
    expect(explained[6]).toBe(`${T07}!D7、${T07}!C7`);
    expect(explained[8]).toBe('年中追加出国任务');
    const amount = findings.find((x) => x[2] === '核对说明' && x[4] === '数字与表不符')!;
    expect(amount[3]).toBe('错误');
    expect(String(amount[7])).toContain('本年收入合计');

    const [ruleHead, ...ruleRows] = sheets['规则统计'];
    expect(ruleHead).toEqual(['规则', '通过', '未通过', '不适用', '数据不足', '运行出错', '涉及工作簿', '规则编号']);
    const t07 = ruleRows.find((x) => x[7] === 'T07-R02b')!;
    expect(t07[0]).toBe('决算数超过预算数需说明');
    expect(t07[2]).toBe(2);
    expect(t07[6]).toBe(4);
    expect(ruleRows.every((x) => typeof x[1] === 'number')).toBe(true);
    // Every built-in rule has a title: no id stands in the 规则 column.
    expect(ruleRows.filter((x) => x[0] === x[7])).toEqual([]);

    for (const name of Object.keys(sheets)) {
      expect(views[name]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // ExcelJS reads the filter back as its range.
      expect(filters[name]).toMatch(/^A1:[A-Z]+\d+$/);
    }
  });

  it('writes the same tables as HTML, workbook text escaped', async () => {
    const out = join(dir, 'review.html');
    const r = await juesuan('check', folder, '--report', out);
    expect(r.code).toBe(2);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<table>/g)).toHaveLength(3);
    for (const h of ['<h2>汇总</h2>', '<h2>问题明细</h2>', '<h2>规则统计</h2>', '<th>未说明的警告</th>', '年中追加出国任务', '数字与表不符']) expect(html).toContain(h);
    expect(html).not.toContain('<script');
  });

  it('refuses a report name that is neither .xlsx nor .html, and a folder without workbooks', async () => {
    const bad = await juesuan('check', folder, '--report', join(dir, 'review.csv'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--report 的文件名应以 .xlsx 或 .html 结尾');
    const emptyDir = join(dir, '空');
    mkdirSync(emptyDir);
    const none = await juesuan('check', emptyDir, '--report', join(dir, 'none.xlsx'));
    expect(none.code).toBe(2);
    expect(none.err).toContain(`文件夹“${emptyDir}”中没有 .xlsx 文件`);
  });

  it('gives the same report from two worker threads as from one (the compiled command)', async () => {
    const run = (jobs: string, out: string) => spawnSync(process.execPath, [join(ROOT, 'bin', 'juesuan.js'), 'check', folder, '--report', out, '--jobs', jobs], { cwd: ROOT, encoding: 'utf8' });
    expect(run('1', join(dir, 'one.xlsx')).status).toBe(2);
    const two = run('2', join(dir, 'two.xlsx'));
    expect(two.status).toBe(2);
    expect(two.stderr.match(/审核进度 \d\/5：/g)).toHaveLength(5);
    expect((await readReport(join(dir, 'two.xlsx'))).sheets).toEqual((await readReport(join(dir, 'one.xlsx'))).sheets);
    expect((await readReport(join(dir, 'one.xlsx'))).sheets).toEqual((await readReport(join(dir, 'review.xlsx'))).sheets);
  });
});
