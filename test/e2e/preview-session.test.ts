/// <reference lib="dom" />
/**
 * One session for every surface, in chromium: on the preview page, import last year's workbook
 * (its closing balance off, so Y-01 fails), type an explanation, a reason and a unit name,
 * download the copy; the command line on the same inputs gives the same findings (rule,
 * severity, cells) and, on the copy with no flags, the same report text as the pane copies.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { getValue } from '../../src/core/schedules/model';
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { juesuan } from '../cli/cli-support';
import { Harness, SCREENSHOTS, openPreview, startHarness } from './harness';
import { ROOT } from './production-build';

jest.setTimeout(240_000);

const SAMPLES = join(ROOT, 'assets', 'samples');
const REASON = '新增重点实验室建设经费（跨界面测试）';
const UNIT = '某市科学技术局（本级）';
const EXPLANATION = '上年支出含一次性基建项目（跨界面测试）。';
const IGNORE_REASON = '上年决算数经财政局批复调整，以批复为准（跨界面测试）。';

/**
 * Last year's sample with its T01 closing balance 10万元 higher (Y-01 年初 = 上年年末 fails, an
 * error) and its 本年支出合计 1000万元 higher (Y-03 flags a large change, a warning).
 */
async function skewedPrior(dir: string): Promise<string> {
  const source = join(SAMPLES, 'national-2023.xlsx');
  const model = recogniseWorkbook(await readWorkbookFile(source));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  for (const [row, delta] of [['年末结转和结余', 10], ['本年支出合计', 1000]] as const) {
    const ref = getValue(model, 'T01', row, '金额')!.ref;
    const cell = wb.getWorksheet(ref.sheet)!.getCell(ref.address);
    cell.value = Number(cell.value) + delta;
  }
  const path = join(dir, 'national-2023.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/** What the pane lists (not-applicable rules included), as "rule severity cells" lines. */
async function paneFindings(page: import('playwright-core').Page): Promise<string[]> {
  await page.getByRole('tab', { name: '设置' }).click();
  const toggle = page.getByRole('switch', { name: '显示不适用的规则' });
  if (!(await toggle.isChecked())) await toggle.check();
  await page.getByRole('tab', { name: '审核' }).click();
  await page.getByRole('button', { name: '全部展开' }).click();
  return (await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.rule} ${(e as HTMLElement).dataset.severity} ${(e as HTMLElement).dataset.cells}`))).sort();
}

const cliLines = (json: { files: { findings: { rule: string; severity: string; cells: { sheet: string; address: string }[] }[] }[] }) =>
  json.files[0].findings.map((f) => `${f.rule} ${f.severity} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join('|')}`).sort();

describe('the pane, the preview and the command line share one session', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'juesuan-session-'));
    h = await startHarness();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url.replace(/\/$/, '') });
  }, 300_000);
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same findings and report in the pane and on the command line', async () => {
    const prior = await skewedPrior(dir);
    const { page, errors, external } = await openPreview(h);
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('prior-file-input').setInputFiles(prior);
    await page.getByTestId('prior-year').filter({ hasText: '2023 年' }).waitFor();

    // After the import the cross-year rules run in the pane exactly as check --prior runs them.
    const shown = await paneFindings(page);
    const cli = await juesuan('check', '--json', join(SAMPLES, 'national-2024.xlsx'), '--prior', prior);
    expect(shown).toEqual(cliLines(JSON.parse(cli.out)));
    expect(shown.some((l) => l.startsWith('Y-01 error'))).toBe(true);
    expect(shown.some((l) => l.startsWith('Y-03 warning'))).toBe(true);

    // An explanation of the Y-03 warning, the Y-01 error ignored, a reason in 说明, a unit name in 设置.
    const y03 = page.locator('[data-testid="finding"][data-rule^="Y-03"]').first();
    await y03.getByTestId('explanation-input').fill(EXPLANATION);
    await y03.getByRole('button', { name: /^保存/ }).click();
    await y03.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const y01 = page.locator('[data-testid="finding"][data-rule^="Y-01"]').first();
    await y01.getByRole('button', { name: /^忽略/ }).click();
    // An error is ignored only with a reason (the audit trail).
    await y01.getByTestId('ignore-reason').fill(IGNORE_REASON);
    await y01.getByRole('button', { name: '确认忽略' }).click();
    await y01.getByText('已忽略').waitFor();
    await page.getByRole('tab', { name: '说明' }).click();
    const gap = page.getByTestId('report-section-一').locator('[data-testid="placeholder"][data-id="reason:收支总计"]');
    await gap.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('placeholder-input').fill(REASON);
    await page.getByTestId('placeholder-save').click();
    await page.getByTestId('report-section-一').getByText(REASON, { exact: false }).waitFor();
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('override-unit').fill(UNIT);
    await page.getByTestId('override-unit').blur();
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByTestId('report-title').filter({ hasText: UNIT }).waitFor();
    await page.getByRole('button', { name: '复制为带格式文本' }).click();
    await page.getByTestId('report-message').getByText('已复制').waitFor();
    const paneText = await page.evaluate(async () => {
      for (const item of await navigator.clipboard.read()) if (item.types.includes('text/plain')) return (await item.getType('text/plain')).text();
      return '';
    });
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-session-report.png') });

    // The copy, downloaded: the command line reads everything typed, with no flags.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载含说明的工作簿' }).click();
    const copy = join(dir, (await downloading).suggestedFilename());
    await (await downloading).saveAs(copy);
    const narrative = await juesuan('narrative', copy);
    expect(narrative.code).toBe(0);
    expect(narrative.out).toContain(`2024年度${UNIT}决算情况说明`);
    expect(narrative.out).toContain(`主要变动原因是${REASON}。`);
    // The same report; only the open items say what to do where (the pane: click; here: the 补充信息 row).
    const body = (text: string) => text.split('\n待补充事项')[0];
    expect(body(narrative.out)).toBe(body(paneText));
    expect(narrative.out).not.toContain('点击填写');
    expect(narrative.err).toContain('使用工作簿中保存的上年数据（2023年，来自“national-2023.xlsx”）');
    const checked = await juesuan('check', '--json', copy);
    const json = JSON.parse(checked.out);
    expect(cliLines(json)).toEqual(shown);
    const stored = (rule: string) => json.files[0].findings.find((f: { rule: string }) => f.rule.startsWith(rule));
    expect(stored('Y-03').explanation).toBe(EXPLANATION);
    expect(stored('Y-01').ignored).toBe(true);
    expect(stored('Y-01').explanation).toBe(IGNORE_REASON);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
