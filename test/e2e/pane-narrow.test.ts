/// <reference lib="dom" />
/**
 * The task pane as an accountant uses it, at its real width: the preview page in a 350 × 900
 * chromium window (the grid above, the pane below). Popups float over the text without hiding
 * it, errors are said before the report, no internal code reaches the pane or the Word file,
 * chart labels are readable as displayed, every cell of a cross-sheet finding is reachable,
 * an error is ignored only with a reason, and axe-core finds nothing on any tab state.
 */
import JSZip from 'jszip';
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { buildFixture, writeXlsx } from '../factories';
import { withCellBumped } from '../integration/support';
import { Harness, chooseFile, openPreview, startHarness } from './harness';
import { ROOT } from './production-build';

jest.setTimeout(300_000);

const SCREENS = '/work/notes/screens';
const T01 = '收入支出决算总表';
const PRIOR_SAMPLE = join(ROOT, 'assets', 'samples', 'national-2023.xlsx');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** What an accountant must never read: command-line flags, placeholder ids, 补充信息 row codes. */
const CODES = [/--prior/, /reason:/, /预算:\s*\d/, /原因:/];

interface AxeViolation {
  id: string;
  nodes: { html: string; target: string[] }[];
}

/**
 * axe-core's violations on the page, less the Fluent tab bar's focus helpers: Tabster's dummy
 * inputs (data-tabster-dummy), focusable but aria-hidden by design, library behaviour.
 */
async function axeViolations(page: Page, state: string, found: string[]): Promise<void> {
  // A figure's tooltip outlives the pointer by Fluent's hide delay (and a scroll can put another
  // figure under a pointer that did not move): axe reads the settled page, no tooltip left over.
  await page.waitForFunction(() => !document.querySelector('[role="tooltip"]'));
  // A popover or dialog fades in (Fluent's motion): mid-way its text is part transparent, and
  // axe measures that contrast (seen on a loaded machine). Wait for the finite animations to end.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) }))
    .filter((v) => v.nodes.length > 0)
    .forEach((v) => found.push(`${state} ${v.id}: ${v.nodes.map((n) => n.html.slice(0, 200)).join(' | ')}`));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS, `pane-${name}.png`) });
}

/** The pane's visible text, open items expanded. */
async function paneText(page: Page): Promise<string> {
  return page.getByTestId('pane').evaluate((el) => (el as HTMLElement).innerText);
}

describe('the task pane at 350 px', () => {
  let h: Harness;
  let broken: Buffer;
  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    // 一般公共预算财政拨款收入 one 万元 higher: T01's sum and two cross-schedule rules break.
    broken = await writeXlsx(withCellBumped(buildFixture().sheets, T01, 'B6', 1));
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('审核: the grid and the pane share the window; each cell of a cross-sheet finding selects it; an error is ignored only with a reason', async () => {
    const { page, errors } = await openPreview(h);
    const axeFound: string[] = [];
    await page.setViewportSize({ width: 350, height: 900 });
    await chooseFile(page, 'broken-2024.xlsx', broken);
    await page.getByTestId('count-error').filter({ hasText: /^3/ }).waitFor();

    // Item 9: stacked, both in view, the pane not clipped.
    const grid = await page.getByTestId('sheet-view').boundingBox();
    const pane = await page.getByTestId('pane').boundingBox();
    expect(grid && grid.height > 100 && grid.width > 300).toBe(true);
    expect(pane && pane.width <= 350 && pane.x >= 0 && pane.y >= (grid?.y ?? 0) + (grid?.height ?? 0) - 1).toBe(true);
    await shot(page, 'review');
    await axeViolations(page, 'review', axeFound);

    // Item 5: every cell its own link; each selects its cell on its own sheet.
    await page.getByRole('button', { name: '全部展开' }).click();
    const cross = page.locator('[data-testid="finding"][data-rule="X-03b"]');
    const refs = await cross.getByTestId('cell-link').allTextContents();
    const sheets = new Set(refs.map((r) => r.split('!')[0]));
    expect(sheets.size).toBeGreaterThan(1);
    for (const ref of refs) {
      const [sheet, address] = ref.split('!');
      await cross.getByRole('button', { name: `选中 ${ref}` }).click();
      await page.locator(`[data-testid="sheet-view"][data-sheet="${sheet}"] td[data-address="${address}"][data-highlighted="true"]`).waitFor();
    }
    // Recogniser codes are named in plain words, schedule rules keep their numbers.
    expect(await paneText(page)).not.toMatch(/hidden-sheet|supplement-value|duplicate-schedule/);
    await axeViolations(page, 'review-expanded', axeFound);

    // Item 6: 忽略 on an error asks for a reason and refuses without one.
    const error = page.locator('[data-testid="finding"][data-rule="T01-R01"]');
    await error.getByRole('button', { name: '忽略 T01-R01' }).click();
    const confirm = error.getByRole('button', { name: '确认忽略' });
    expect(await confirm.getAttribute('aria-disabled')).toBe('true');
    await confirm.click({ force: true });
    expect(await page.getByTestId('count-error').textContent()).toBe('3错误');
    await shot(page, 'ignore-reason');
    await axeViolations(page, 'ignore-form', axeFound);
    await error.getByTestId('ignore-reason').fill('上级补助收入已在会计账上更正，决算表下月重报。');
    await confirm.click();
    await page.getByTestId('count-error').filter({ hasText: /^2/ }).waitFor();
    expect(await page.getByTestId('count-settled').textContent()).toBe('1已说明');
    expect(await error.getByTestId('ignore-note').textContent()).toBe('忽略原因：上级补助收入已在会计账上更正，决算表下月重报。');
    // Focus goes back to a control of the finding, not to the page's start.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('恢复');
    // The export counts the real problems apart from the rules that do not apply.
    await page.getByRole('button', { name: '导出到工作表' }).click();
    expect(await page.getByTestId('notice').textContent()).toMatch(/导出 \d+ 条问题（另有 \d+ 条不适用）/);

    // Item 2: the 说明 tab and the download dialog say how many errors are left.
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByTestId('errors-banner').filter({ hasText: '审核有 2 个错误未处理' }).waitFor();
    await shot(page, 'report-errors');
    await page.getByRole('button', { name: '下载 Word 文件' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('errors-banner').filter({ hasText: '审核有 2 个错误未处理' }).waitFor();
    await shot(page, 'download-errors');
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('errors-banner').getByRole('button', { name: '前往审核' }).click();
    await page.getByTestId('summary').waitFor();
    expect(axeFound).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('说明, 图表, 设置: popups over visible text, plain words in the pane and the .docx, readable charts, keyboard and axe', async () => {
    const { page, errors } = await openPreview(h);
    const axeFound: string[] = [];
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('prior-file-input').setInputFiles(PRIOR_SAMPLE);
    await page.getByTestId('prior-year').filter({ hasText: '2023 年' }).waitFor();
    await shot(page, 'settings');
    await axeViolations(page, 'settings', axeFound);

    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByTestId('report-title').waitFor();
    expect(await page.getByTestId('errors-banner').count()).toBe(0);
    // Item 3: the open items are one line with their count until asked for.
    expect(await page.getByTestId('open-items').count()).toBe(0);
    await shot(page, 'report');
    await axeViolations(page, 'report', axeFound);
    await page.getByTestId('open-count').click();
    await page.getByTestId('open-items').waitFor();
    const text = await paneText(page);
    expect(text).toMatch(/点击填写/);
    for (const code of CODES) expect(text).not.toMatch(code);
    await shot(page, 'report-open-items');
    await axeViolations(page, 'report-open-items', axeFound);

    // Item 7: one Tab stop per paragraph; the arrows move between its figures.
    const para = page.getByTestId('report-paragraph').first();
    const nums = para.getByTestId('num');
    expect(await nums.count()).toBeGreaterThan(1);
    await nums.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await nums.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await para.locator('[data-testid="num"]:focus, [data-testid="placeholder"]:focus').count()).toBe(0);

    // Item 1: a figure's tooltip and a gap's editor float; the text around them stays on top.
    await nums.first().hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    await expectTextOnTopOutside(page, await tooltip.boundingBox());
    await shot(page, 'tooltip');
    await page.mouse.move(0, 0);
    const gap = page.getByTestId('placeholder').first();
    await gap.scrollIntoViewIfNeeded();
    await gap.click();
    const editor = page.getByTestId('placeholder-input');
    await editor.waitFor();
    const surface = await page.locator('.fui-PopoverSurface').boundingBox();
    await expectTextOnTopOutside(page, surface);
    await shot(page, 'popover');
    await axeViolations(page, 'popover', axeFound);
    await page.keyboard.press('Escape');

    // The download dialog: focus on its main button; open items in the file only when ticked.
    const download = page.getByRole('button', { name: '下载 Word 文件' });
    await download.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'download-confirm');
    expect(await dialog.getByTestId('with-open-items').isChecked()).toBe(false);
    await shot(page, 'download');
    await axeViolations(page, 'download-dialog', axeFound);
    const downloading = page.waitForEvent('download');
    await dialog.getByTestId('download-confirm').click();
    const file = await downloading;
    const zip = await JSZip.loadAsync(readFileSync((await file.path()) as string));
    const words = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
    for (const code of CODES) expect(words).not.toMatch(code);
    expect(words).not.toContain('待补充事项');
    // Each chart's title once: in the caption under the picture, not in the picture.
    expect(words.match(/图1/g)?.length).toBe(1);
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('下载 Word 文件'));

    // Item 4: chart labels at least 11 px as displayed.
    await page.getByRole('tab', { name: '图表' }).click();
    await page.getByTestId('chart-image').first().waitFor();
    const smallest = await page.getByTestId('chart-image').evaluateAll((els) =>
      Math.min(
        ...els.flatMap((el) => {
          const svg = el.querySelector('svg') as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return Array.from(svg.querySelectorAll('text')).filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
    await shot(page, 'charts');
    await axeViolations(page, 'charts', axeFound);

    // Item 8: a title too long for the line breaks after the unit.
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('override-unit').fill('某市科学技术局机关后勤服务中心');
    await page.getByTestId('override-unit').blur();
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByTestId('report-title').filter({ hasText: '机关后勤服务中心' }).waitFor();
    expect(await page.getByTestId('report-title-line').allTextContents()).toEqual(['某市科学技术局机关后勤服务中心', '2024年度决算情况说明']);
    await shot(page, 'report-title');
    expect(axeFound).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Outside the popup's box the report is what the page shows on top: points all over the visible
 * part of the tab's panel, less the popup (and its arrow), hit the panel's own content, never
 * the popups' mount node (which once painted the whole pane white).
 */
async function expectTextOnTopOutside(page: Page, box: { x: number; y: number; width: number; height: number } | null): Promise<void> {
  expect(box).not.toBeNull();
  const hits = await page.evaluate((r) => {
    const panel = document.querySelector('[role="tabpanel"]') as HTMLElement;
    const p = panel.getBoundingClientRect();
    const top = Math.max(p.top, 0);
    const bottom = Math.min(p.bottom, window.innerHeight);
    const out: { x: number; y: number; inPanel: boolean; inPortal: boolean }[] = [];
    for (let i = 1; i < 6; i++) {
      for (let j = 1; j < 8; j++) {
        const x = p.left + (p.width * i) / 6;
        const y = top + ((bottom - top) * j) / 8;
        if (x > r.x - 12 && x < r.x + r.width + 12 && y > r.y - 12 && y < r.y + r.height + 12) continue;
        const el = document.elementFromPoint(x, y);
        out.push({ x: Math.round(x), y: Math.round(y), inPanel: Boolean(el && panel.contains(el)), inPortal: Boolean(el?.closest('[data-portal-node]')) });
      }
    }
    return out;
  }, box as NonNullable<typeof box>);
  expect(hits.length).toBeGreaterThanOrEqual(5);
  expect(hits.filter((h) => !h.inPanel || h.inPortal)).toEqual([]);
}
