/// <reference lib="dom" />
/**
 * The preview page on the bundled sample, in chromium: the summary, the same findings as
 * the engine in Node, keyboard use and labels, no network.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Harness, SCREENSHOTS, openPreview, paneFindings, startHarness } from './harness';
import { nodeFindings } from './node-findings';
import { ROOT } from './production-build';

jest.setTimeout(120_000);

const SAMPLE = join(ROOT, 'assets', 'samples', 'national-2024.xlsx');

describe('preview page with the bundled sample', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('checks the sample on opening: header, 9 schedules, no errors, no network', async () => {
    const { page, external, errors } = await openPreview(h);
    await page.getByTestId('header-unit').waitFor();
    expect(await page.getByTestId('header-unit').textContent()).toBe('某市科学技术局');
    expect(await page.getByTestId('header-facts').textContent()).toBe('2024年度 · 全国通用九表 · 金额单位：万元');
    expect(await page.getByTestId('summary-schedules').textContent()).toBe('识别到 9 张表，必备表齐全');
    expect(await page.getByTestId('count-error').textContent()).toBe('0错误');
    expect(await page.getByTestId('count-warning').textContent()).toBe('0警告');
    expect(await page.getByTestId('no-findings').textContent()).toMatch(/^没有需要处理的问题：\d+ 条规则检查通过。$/);
    expect(await page.getByTestId('sheet-tab').count()).toBe(9);
    expect(await page.getByTestId('file-name').textContent()).toBe('national-2024.xlsx');
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-sample.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-sample.png') });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same findings as checkWorkbook in Node (rule ids and cells)', async () => {
    const { page } = await openPreview(h);
    const shown = await paneFindings(page);
    const expected = await nodeFindings(new Uint8Array(readFileSync(SAMPLE)), 'national-2024.xlsx');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected);
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-not-applicable.png') });
    await page.close();
  });

  it('can be used from the keyboard, and every control has a name', async () => {
    const { page } = await openPreview(h);
    const reviewTab = page.getByRole('tab', { name: '审核' });
    await reviewTab.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('charts-tab').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('report').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tabpanel', { name: '核对' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('switch', { name: '工作表内容改变时自动重新检查' }).waitFor();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    // From the tabs, Tab reaches the check button; Enter runs a check again.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('检查');
    await page.keyboard.press('Enter');
    await page.getByTestId('summary').waitFor();
    const unnamed = await page.getByTestId('pane').evaluate((pane) =>
      Array.from(pane.querySelectorAll('button, input, textarea, [role="tab"], [role="switch"]'))
        .filter((el) => {
          const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length;
          return !labelled && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  });

  it('runs 诊断 in 设置: what the page can check, and which checks need Excel', async () => {
    const { page, external, errors } = await openPreview(h);
    await page.getByRole('tab', { name: '设置' }).click();
    const panel = page.getByTestId('diagnostics');
    await panel.getByRole('button', { name: '运行诊断' }).click();
    const results = panel.getByTestId('diagnostics-results');
    await results.waitFor();
    const statuses = await results.locator('li').evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.status} ${li.textContent}`));
    expect(statuses[0]).toMatch(/^info 信息 ?平台与版本：浏览器预览（不在 Office 中）；/);
    expect(statuses.filter((s) => s.startsWith('needs-excel'))).toHaveLength(5);
    expect(statuses.some((s) => s.includes('需要在 Excel 中运行：读取所有工作表所需的同步次数与时间'))).toBe(true);
    await panel.getByRole('button', { name: '复制诊断报告' }).click();
    await panel.getByTestId('diagnostics-copied').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-diagnostics.png') });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
