/// <reference lib="dom" />
/**
 * The same pane in WPS 表格: the WPS build's taskpane.html in chromium with a fake
 * `Application` (test/hosts/wps/fake-wps, bundled for the browser) injected before the page
 * runs, holding the national 2024 sample with one amount changed and one 三公 amount over
 * budget. Check, click findings (the fake records the selection and the active sheet),
 * explain a warning, generate the report, insert the charts (the fake records the chart
 * calls), then reload — the fake "saves" the workbook across the reload — and find the
 * stored explanation again. Once with custom XML parts and change events, once with neither
 * (the hidden sheet, and the pane saying plainly that checking is by hand).
 */
import { join } from 'path';
import { build as esbuild } from 'esbuild';
import type { Page } from 'playwright-core';
import type { SheetGrid } from '../../../src/core/grid/sheet-grid';
import { CHARTS_SHEET_NAME } from '../../../src/core/charts/owned-sheet';
import { STORED_NAMESPACE, STORED_SHEET } from '../../../src/core/stored';
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { serveStatic, type StaticServer } from '../../../scripts/serve-dist';
import { withCellBumped } from '../../integration/support';
import type { FakeWps, FakeWpsOptions } from '../../hosts/wps/fake-wps';
import { ROOT } from '../production-build';
import { SCREENSHOTS, launchBrowser } from '../harness';
import { wpsBuild } from './wps-build';

jest.setTimeout(180_000);

const T01 = '收入支出决算总表';
const T02 = '收入决算表';
const T07 = '一般公共预算财政拨款三公经费支出决算表';
const EXPLANATION = '本年新增国际合作项目，出访团组增加。';

type FakeState = FakeWps['state'];

async function fakeBundle(): Promise<string> {
  const out = await esbuild({ entryPoints: [join(ROOT, 'test/hosts/wps/fake-wps/index.ts')], bundle: true, format: 'iife', globalName: 'JuesuanFakeWps', write: false, platform: 'browser', target: 'es2020' });
  return out.outputFiles[0].text;
}

/** The init script: the fake from `grids`, or the workbook "saved" before a reload. */
function initScript(bundle: string, grids: SheetGrid[], options: FakeWpsOptions): string {
  return `${bundle}
(function () {
  var KEY = 'juesuan-fake-wps';
  var options = ${JSON.stringify(options)};
  var saved = window.sessionStorage.getItem(KEY);
  var fake = saved ? JuesuanFakeWps.FakeWps.fromJSON(JSON.parse(saved), options) : new JuesuanFakeWps.FakeWps(${JSON.stringify(grids)}, options);
  window.__fakeWps = fake;
  window.Application = fake.Application;
  window.addEventListener('pagehide', function () { window.sessionStorage.setItem(KEY, JSON.stringify(fake.toJSON())); });
})();`;
}

function fakeState(page: Page): Promise<{ selections: FakeState['selections']; active?: string; parts: FakeState['parts']; sheets: { name: string; visible: number; charts: number; chartSources: string[] }[]; chartCalls: string[]; writes: string[] }> {
  return page.evaluate(() => {
    const s = (window as unknown as { __fakeWps: FakeWps }).__fakeWps.state;
    return {
      selections: s.selections,
      active: s.active?.name,
      parts: s.parts,
      sheets: s.sheets.map((x) => ({ name: x.name, visible: x.visible, charts: x.charts.length, chartSources: x.charts.map((c) => c.source ?? '') })),
      chartCalls: s.chartCalls,
      writes: [...new Set(s.writes.map((w) => w.sheet))],
    };
  });
}

type Seen = Awaited<ReturnType<typeof fakeState>>;

/** Wait until the fake's state satisfies `ok` (the pane calls WPS after a click, asynchronously). */
async function until(page: Page, ok: (s: Seen) => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (ok(await fakeState(page))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the fake never reached the state: ${JSON.stringify(await fakeState(page)).slice(0, 400)}`);
}

describe('the pane in WPS 表格 (WPS build, fake Application)', () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let bundle: string;
  let grids: SheetGrid[];

  beforeAll(async () => {
    const dir = await wpsBuild();
    server = await serveStatic(dir);
    browser = await launchBrowser();
    bundle = await fakeBundle();
    const sample = await readWorkbookFile(join(ROOT, 'assets/samples/national-2024.xlsx'));
    // 一般公共预算财政拨款收入 one 万元 higher (three errors) and 因公出国（境）费 over budget (one warning).
    grids = withCellBumped(withCellBumped(withCellBumped(sample.sheets, T01, 'B6', 1), T07, 'D7', 5), T07, 'B7', 5);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(options: FakeWpsOptions): Promise<{ page: Page; external: string[]; errors: string[] }> {
    const page = await browser.context.newPage();
    const external: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => {
      if (/^https?:/.test(req.url()) && !req.url().startsWith(server.url)) external.push(req.url());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    // Chromium asks for /favicon.ico on its own; any other missing file is an error.
    page.on('response', (res) => {
      if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) errors.push(`${res.status()} ${res.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
    });
    await page.addInitScript({ content: initScript(bundle, grids, options) });
    await page.goto(`${server.url}taskpane.html`);
    return { page, external, errors };
  }

  for (const [label, options, place] of [
    ['custom XML parts and change events', { workbookName: '某局2024年决算.xlsx' }, 'part'],
    ['neither, members as methods', { workbookName: '某局2024年决算.xlsx', customXml: false, events: false, members: 'methods' }, 'sheet'],
  ] as const) {
    it(`checks, jumps, explains, reports, inserts charts and keeps the explanation across a reload — ${label}`, async () => {
      const { page, external, errors } = await openPane(options);
      await page.getByTestId('count-error').filter({ hasText: /^3/ }).waitFor();
      await page.getByText('某局2024年决算.xlsx').first().waitFor();
      if ('events' in options) {
        await page.getByText('无法自动重新检查').waitFor();
        await page.getByText('修改表格后，请点击“检查”重新审核。', { exact: false }).waitFor();
      }

      // A finding whose first cell is on another sheet: WPS activates that sheet and selects there.
      await page.locator('[data-testid="finding"][data-rule="X-01c"]').getByRole('button').first().click();
      await until(page, (s) => s.active === T02);
      await page.locator('[data-testid="finding"][data-rule="T01-R01"]').getByRole('button').first().click();
      await until(page, (s) => s.active === T01);
      const { selections } = await fakeState(page);
      expect(selections.map((s) => s.sheet)).toEqual([T02, T01]);
      expect(selections[1].address.split(',').sort()).toEqual(['B10', 'B11', 'B12', 'B13', 'B14', 'B6', 'B7', 'B8', 'B9']);

      const warning = page.locator('[data-testid="finding"][data-rule="T07-R02b"]');
      await warning.getByRole('textbox', { name: '对 T07-R02b 的说明' }).fill(EXPLANATION);
      await warning.getByRole('button', { name: '保存 T07-R02b 的说明' }).click();
      await warning.getByText('已保存').waitFor();

      await page.getByRole('tab', { name: '说明' }).click();
      await page.getByTestId('report-title').filter({ hasText: '决算情况说明' }).waitFor();
      await page.getByTestId('report-section-一').waitFor();

      await page.getByRole('tab', { name: '图表' }).click();
      await page.getByRole('button', { name: '插入到工作簿' }).click();
      await until(page, (s) => (s.sheets.find((x) => x.name === CHARTS_SHEET_NAME)?.charts ?? 0) > 0);
      const afterCharts = await fakeState(page);
      expect(afterCharts.active).toBe(CHARTS_SHEET_NAME);
      const added = afterCharts.sheets.find((s) => s.name === CHARTS_SHEET_NAME)?.charts;
      expect(afterCharts.chartCalls.filter((c) => c.startsWith('ChartObjects.Add'))).toHaveLength(added as number);
      expect(afterCharts.chartCalls.filter((c) => /^决算助手_图\d: SetSourceData [A-Z]+\d+:[A-Z]+\d+$/.test(c))).toHaveLength(added as number);
      // Only the add-in's own sheets were written.
      expect(afterCharts.writes.every((name) => name.startsWith('决算助手_'))).toBe(true);
      if (place === 'part') expect(afterCharts.parts.map((p) => p.namespace)).toEqual([STORED_NAMESPACE]);
      else expect(afterCharts.sheets.find((s) => s.name === STORED_SHEET)?.visible).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, `wps-pane-charts-${place}.png`) });

      // The workbook saved and the pane opened again: the explanation is read back from it.
      await page.reload();
      await page.getByTestId('count-error').filter({ hasText: /^3/ }).waitFor();
      const box = page.locator('[data-testid="finding"][data-rule="T07-R02b"]').getByRole('textbox', { name: '对 T07-R02b 的说明' });
      await page.waitForFunction((text) => Array.from(document.querySelectorAll("textarea, input")).some((e) => (e as HTMLInputElement).value === text), EXPLANATION);
      expect(await box.inputValue()).toBe(EXPLANATION);
      const reopened = await fakeState(page);
      expect(reopened.selections).toEqual([]);
      if (place === 'part') expect(reopened.parts).toHaveLength(1);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
