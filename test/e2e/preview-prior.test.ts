/// <reference lib="dom" />
/**
 * Last year's workbook in the preview page, in chromium: import the 2023 sample next to the
 * bundled 2024 one, see its year, download the workbook copy, open the copy again and find
 * last year's figures still there (a hidden add-in sheet in the copy).
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { Harness, SCREENSHOTS, chooseFile, openPreview, startHarness } from './harness';
import { ROOT } from './production-build';

jest.setTimeout(120_000);

const PRIOR_SAMPLE = join(ROOT, 'assets', 'samples', 'national-2023.xlsx');

describe('preview page with last year\'s workbook', () => {
  let h: Harness;
  let downloads: string;

  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), 'juesuan-downloads-'));
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('imports last year\'s sample and finds it again in the downloaded copy', async () => {
    const { page, external, errors } = await openPreview(h);
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('button', { name: '导入上年决算表' }).waitFor();
    await page.getByTestId('prior-file-input').setInputFiles(PRIOR_SAMPLE);
    await page.getByTestId('prior-year').filter({ hasText: '2023 年' }).waitFor();
    expect(await page.getByTestId('prior-info').innerText()).toContain('national-2023.xlsx');
    // 2023 is the year before the open 2024 workbook: no warning.
    expect(await page.getByTestId('prior-warning').count()).toBe(0);
    // The same workbook as last year's is refused, naming both years.
    await page.getByTestId('prior-file-input').setInputFiles(join(ROOT, 'assets', 'samples', 'national-2024.xlsx'));
    await page.getByTestId('prior-error').filter({ hasText: '上年决算表是2024年度的，本年决算表是2024年度的：应为2023年度。' }).waitFor();
    expect(await page.getByTestId('prior-info').innerText()).toContain('national-2023.xlsx');
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-prior.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载含说明的工作簿' }).click();
    const file = await download;
    const saved = join(downloads, file.suggestedFilename());
    await file.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const data = workbook.getWorksheet('决算助手_数据');
    expect(data?.state).toBe('hidden');
    expect(data?.getCell('A1').value).toBe('juesuan-stored/1');
    expect(String(data?.getCell('B3').value)).toMatch(/^\{"format":"juesuan-stored","version":1,.*"prior":\{"model":/);

    // A fresh pane on the copy restores last year's workbook from it.
    await chooseFile(page, file.suggestedFilename(), readFileSync(saved));
    await page.getByTestId('file-name').filter({ hasText: '含说明' }).waitFor();
    await page.getByTestId('summary').waitFor();
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('prior-year').filter({ hasText: '2023 年' }).waitFor();
    expect(await page.getByTestId('prior-info').innerText()).toContain('national-2023.xlsx');
    // The data sheet stays out of the grid's sheet tabs.
    expect(await page.getByRole('tab', { name: '决算助手_数据' }).count()).toBe(0);

    // 移除 forgets it.
    await page.getByRole('button', { name: '移除' }).click();
    await page.getByRole('button', { name: '导入上年决算表' }).waitFor();
    expect(await page.getByTestId('prior-info').count()).toBe(0);
    // Its button is gone; focus is on the import button, not on the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('导入上年决算表');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
