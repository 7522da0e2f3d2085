/// <reference lib="dom" />
/**
 * The 图表 tab on the preview page with the bundled sample: seven chart previews drawn by
 * ECharts loaded on demand, 插入到工作簿 disabled with its note (no native charts in the
 * preview), and 下载 PNG giving a real PNG.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Harness, SCREENSHOTS, openPreview, startHarness } from './harness';

jest.setTimeout(120_000);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const FIRST_CAPTION = '图1：收、支决算总计变动情况图';

describe('preview page: 图表 tab', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('previews 图1–图7, cannot insert native charts, and downloads 图1 as PNG', async () => {
    const { page, external, errors } = await openPreview(h);
    await page.setViewportSize({ width: 1400, height: 2400 });
    await page.getByRole('tab', { name: '图表' }).click();
    const previews = page.getByTestId('chart-preview');
    await page.locator('[data-testid="chart-image"] > svg').nth(6).waitFor();
    expect(await previews.count()).toBe(7);
    expect(await page.locator('[data-testid="chart-image"] > svg').count()).toBe(7);
    const captions = await page.getByTestId('chart-caption').allTextContents();
    expect(captions.map((c) => c.replace(/：.*/, ''))).toEqual(['图1', '图2', '图3', '图4', '图5', '图6', '图7']);
    expect(captions[0]).toBe(FIRST_CAPTION);
    // At pane width the title is said once, by the caption under the picture, not in the picture too.
    const titles = await previews.evaluateAll((els) => els.map((e) => e.querySelector('[data-testid="chart-image"] > svg')?.textContent ?? ''));
    titles.forEach((t, i) => expect(t).not.toContain(captions[i].replace(/^图\d+：/, '')));

    const insert = page.getByRole('button', { name: '插入到工作簿' });
    expect(await insert.isDisabled()).toBe(true);
    await page.getByText('预览页面不能插入 Excel 原生图表；').waitFor();
    await page.getByTestId('charts-prior-note').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `下载 PNG：${captions[0]}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('图1_收、支决算总计变动情况.png');
    const path = await file.path();
    const png = readFileSync(path);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR: 1200 × 720 (600 × 360 drawn at scale 2).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 720]);
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.length).toBeLessThan(2_000_000);

    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-charts.png') });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
