/// <reference lib="dom" />
/**
 * The 说明 tab on the preview page, in chromium: last year's sample imported, the report of
 * the bundled sample compared with it, a reason typed in the pane that survives a new check,
 * the Word file with the reason and a chart picture, and the formatted text on the clipboard.
 */
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Harness, SCREENSHOTS, openPreview, startHarness } from './harness';
import { ROOT } from './production-build';

jest.setTimeout(180_000);

const REASON = '新增科研项目经费（端到端测试）';
const PRIOR_SAMPLE = join(ROOT, 'assets', 'samples', 'national-2023.xlsx');

describe('preview page: the 说明 tab', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url.replace(/\/$/, '') });
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('imports last year, drafts the report, keeps a typed reason over a new check, downloads Word and copies formatted text', async () => {
    const { page, errors, external } = await openPreview(h);
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('prior-file-input').setInputFiles(PRIOR_SAMPLE);
    await page.getByTestId('prior-year').filter({ hasText: '2023 年' }).waitFor();
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByTestId('report-title').waitFor();
    expect(await page.getByTestId('report-title').textContent()).toBe('2024年度某市科学技术局决算情况说明');
    const section1 = page.getByTestId('report-section-一');
    expect(await section1.getByRole('heading').first().textContent()).toBe('一、收入支出决算总体情况说明');
    expect(await page.locator('[data-testid^="report-section-"]').count()).toBeGreaterThan(8);
    expect(await page.getByTestId('num').count()).toBeGreaterThan(20);
    const openBefore = await page.getByTestId('open-count').textContent();

    // With last year compared, section 一's only gap is the reason; fill it from the keyboard.
    expect(await section1.getByTestId('placeholder').count()).toBe(1);
    const gap = section1.getByTestId('placeholder').first();
    const gapId = await gap.getAttribute('data-id');
    expect(gapId).toBe('reason:收支总计');
    await gap.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('placeholder-input').fill(REASON);
    await page.getByTestId('placeholder-save').click();
    await section1.getByText(REASON, { exact: false }).waitFor();
    // Focus comes back to the figure next to the gap; Escape closes its tooltip.
    await page.keyboard.press('Escape');
    expect(await page.locator(`[data-testid="placeholder"][data-id="${gapId}"]`).count()).toBe(0);
    expect(await page.getByTestId('open-count').textContent()).not.toBe(openBefore);

    // A new check regenerates the report; the reason comes back from the workbook.
    await page.getByRole('tab', { name: '审核' }).click();
    await page.getByRole('button', { name: '检查' }).click();
    await page.getByTestId('summary').waitFor();
    await page.getByRole('tab', { name: '说明' }).click();
    await section1.getByText(REASON, { exact: false }).waitFor();
    const paragraph = (await section1.getByTestId('report-paragraph').first().locator('p').first().textContent()) ?? '';
    expect(paragraph).toContain(REASON);

    // Word: the open items first, then the file with the paragraph and a chart picture.
    await page.getByRole('button', { name: '下载 Word 文件' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('open-items').locator('li').count()).toBeGreaterThan(0);
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /下载/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('2024年度某市科学技术局决算情况说明.docx');
    const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toContain(REASON);
    // Each figure is a run of its own; the paragraph reads whole once the tags go.
    expect((xml ?? '').replace(/<[^>]+>/g, '')).toContain(
      `2024年度收、支总计3599.31万元。与2023年相比，收、支总计各增加220.96万元，增长6.54%。主要变动原因是${REASON}。`,
    );
    const pictures = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(pictures.length).toBeGreaterThan(0);
    const png = await zip.file(pictures[0])?.async('uint8array');
    expect([...(png ?? []).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // Formatted text on the clipboard, read back in the page.
    await page.getByRole('button', { name: '复制为带格式文本' }).click();
    await page.getByTestId('report-message').getByText('已复制').waitFor();
    const clip = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      for (const item of await navigator.clipboard.read()) for (const type of item.types) out[type] = await (await item.getType(type)).text();
      return out;
    });
    expect(clip['text/html']).toContain(REASON);
    expect(clip['text/html']).toMatch(/<p[^>]*>2024年度收、支总计/);
    expect(clip['text/plain']).toContain(REASON);

    // The pane at its usual width (about 350 px).
    await page.getByTestId('pane').evaluate((el) => ((el as HTMLElement).style.width = '350px'));
    await page.getByTestId('report-title').scrollIntoViewIfNeeded();
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-report.png') });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
