/// <reference lib="dom" />
/**
 * The preview page with files the user picks, in chromium: a workbook with a changed amount
 * (error findings, highlighted cells), a warning explained and carried in the downloaded
 * copy, and a file that is no workbook.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { buildFixture, writeXlsx } from '../factories';
import { withCellBumped } from '../integration/support';
import { Harness, SCREENSHOTS, chooseFile, openPreview, paneFindings, startHarness } from './harness';
import { nodeFindings } from './node-findings';

jest.setTimeout(120_000);

const T01 = '收入支出决算总表';
const T07 = '一般公共预算财政拨款三公经费支出决算表';

describe('preview page with files the user opens', () => {
  let h: Harness;
  let broken: Buffer;
  let warned: Buffer;
  let downloads: string;

  beforeAll(async () => {
    const sheets = buildFixture().sheets;
    // 一般公共预算财政拨款收入 one 万元 higher: T01's sum and two cross-schedule rules break.
    broken = await writeXlsx(withCellBumped(sheets, T01, 'B6', 1));
    // 因公出国（境）费 决算数 over its budget, the 三公 total kept in step: one warning only.
    warned = await writeXlsx(withCellBumped(withCellBumped(sheets, T07, 'D7', 5), T07, 'B7', 5));
    downloads = mkdtempSync(join(tmpdir(), 'juesuan-downloads-'));
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('shows the errors of a workbook with a changed amount and highlights a finding\'s cells', async () => {
    const { page, external, errors } = await openPreview(h);
    await chooseFile(page, 'broken-2024.xlsx', broken);
    await page.getByTestId('file-name').filter({ hasText: 'broken-2024.xlsx' }).waitFor();
    await page.getByTestId('count-error').filter({ hasText: /^3/ }).waitFor();
    const errorRules = await page.locator('[data-testid="finding"][data-kind="error"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule));
    // By schedule: X-03b's first cell is on T01's sheet, X-01c's on T02's.
    expect(errorRules).toEqual(['T01-R01', 'X-03b', 'X-01c']);

    // T01-R01 points at 本年收入合计 (B14) and the eight income rows (B6:B13).
    await page.getByRole('tab', { name: '收入决算表', exact: true }).click();
    await page.locator('[data-testid="finding"][data-rule="T01-R01"]').getByRole('button').first().click();
    await page.locator(`[data-testid="sheet-view"][data-sheet="${T01}"]`).waitFor();
    const highlighted = await page.locator('td[data-highlighted="true"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.address));
    expect(highlighted).toEqual(['B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B12', 'B13', 'B14']);
    expect(await page.locator('td[data-address="B14"]').isVisible()).toBe(true);

    // X-01c starts at 收入决算表!D6: the grid switches sheet.
    await page.locator('[data-testid="finding"][data-rule="X-01c"]').getByRole('button').first().click();
    await page.locator('[data-testid="sheet-view"][data-sheet="收入决算表"]').waitFor();
    expect(await page.locator('td[data-highlighted="true"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.address))).toEqual(['D6']);
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-broken.png') });
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-broken.png') });

    expect(await paneFindings(page)).toEqual(await nodeFindings(new Uint8Array(broken), 'broken-2024.xlsx'));
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a warning\'s explanation in the downloaded copy, and reads it back from there', async () => {
    const { page } = await openPreview(h);
    await chooseFile(page, 'warned-2024.xlsx', warned);
    await page.getByTestId('count-warning').filter({ hasText: /^1/ }).waitFor();
    const warning = page.locator('[data-testid="finding"][data-rule="T07-R02b"]');
    const text = '本年新增国际合作项目，出访团组增加。';
    await warning.getByRole('textbox', { name: '对 T07-R02b 的说明' }).fill(text);
    await warning.getByRole('button', { name: '保存 T07-R02b 的说明' }).click();
    await warning.getByText('已保存').waitFor();
    // The explained warning leaves 待处理 for 已说明.
    await page.getByTestId('count-settled').filter({ hasText: /^1/ }).waitFor();
    expect(await page.getByTestId('count-warning').textContent()).toBe('0警告');
    await page.getByRole('button', { name: '导出到工作表' }).click();
    await page.getByTestId('notice').filter({ hasText: '已写入工作表“决算助手_审核结果”' }).waitFor();
    await page.getByRole('tab', { name: '决算助手_审核结果' }).waitFor();
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-explained.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载含说明的工作簿' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('warned-2024-含说明.xlsx');
    const saved = join(downloads, file.suggestedFilename());
    await file.saveAs(saved);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const data = workbook.getWorksheet('决算助手_数据');
    expect(data?.state).toBe('hidden');
    expect(data?.getCell('A1').value).toBe('juesuan-stored/1');
    const stored = JSON.parse(String(data?.getCell('B3').value));
    expect(stored).toMatchObject({ format: 'juesuan-stored', version: 1 });
    expect(stored.annotations[`T07-R02b@${T07}!C7,${T07}!D7`]).toEqual({ explanation: text, updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const results = workbook.getWorksheet('决算助手_审核结果');
    expect(results?.getRow(1).getCell(3).value).toBe('规则');
    // The rule in words, not its id.
    expect(results?.getColumn(3).values).toContain('决算数超过预算数需说明');
    expect(results?.getColumn(3).values).not.toContain('T07-R02b');
    expect(workbook.worksheets.filter((ws) => ws.state !== 'hidden')).toHaveLength(10);

    // Opening the copy again brings the explanation back.
    await chooseFile(page, 'warned-2024-含说明.xlsx', readFileSync(saved));
    await page.getByTestId('file-name').filter({ hasText: '含说明' }).waitFor();
    await page.getByTestId('count-settled').filter({ hasText: /^1/ }).waitFor();
    expect(await page.locator('[data-testid="finding"][data-rule="T07-R02b"]').getByRole('textbox').inputValue()).toBe(text);
    await page.close();
  });

  it('says in Chinese what is wrong with a file that is no workbook', async () => {
    const { page, errors } = await openPreview(h);
    await chooseFile(page, '说明.txt', Buffer.from('这不是工作簿，只是一段文字。\n', 'utf8'));
    const bar = page.getByTestId('check-error');
    await bar.waitFor();
    expect(await bar.textContent()).toContain('无法读取工作簿');
    expect(await bar.textContent()).toContain('文件“说明.txt”不是 .xlsx 工作簿（看起来是文本文件）。请确认选择的是 Excel 工作簿（.xlsx）。');
    expect(await bar.getByRole('button', { name: '重新检查' }).count()).toBe(1);
    expect(await page.getByTestId('preview-error').textContent()).toContain('可点击上方“打开工作簿…”选择其他文件。');
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-not-a-workbook.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
