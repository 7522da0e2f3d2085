/// <reference lib="dom" />
/**
 * One deployment for a bureau, in chromium: the production build served with a config.json
 * (and the bureau's pack) beside the pages; the pane reads it at start — 设置 says who
 * configured it, the bureau's style is in force and its pack's rule runs on the sample. A
 * malformed config.json gives a notice and the pane works as without one.
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { serveStatic, StaticServer } from '../../scripts/serve-dist';
import { Harness, SCREENSHOTS, openPreview, paneFindings, startHarness } from './harness';

jest.setTimeout(240_000);

const PACK = {
  id: '某市财政局-2025',
  template: 'any',
  rules: [{ id: 'BUREAU-01', kind: 'equals', severity: 'warning', title: '收入总计等于本年收入合计', left: { schedule: 'T01', row: '收入总计', col: '金额' }, right: { schedule: 'T01', row: '本年收入合计', col: '金额' } }],
};

/** The build's files (linked, not copied) plus `extra` files, served from a folder of their own. */
async function serveWith(buildDir: string, extra: Record<string, string>): Promise<{ server: StaticServer; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bureau-'));
  for (const name of readdirSync(buildDir)) symlinkSync(join(buildDir, name), join(dir, name));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return { server: await serveStatic(dir), dir };
}

describe('the pane with a config.json beside it', () => {
  let h: Harness;
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    for (const c of cleanup) await c();
    await h?.close();
  });

  it('has the bureau’s pack and style in force, and says who configured it', async () => {
    const { server, dir } = await serveWith(h.build.dir, {
      'config.json': JSON.stringify({ bureau: '某市财政局', template: 'sichuan2023', pack: '某市财政局规则.json' }),
      '某市财政局规则.json': JSON.stringify(PACK),
    });
    cleanup.push(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const { page, external, errors } = await openPreview(h, server.url);
    // The bureau's pack: its rule runs on the bundled national sample (收入总计 includes 年初结转和结余).
    expect(await paneFindings(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^BUREAU-01 /)]));
    await page.getByRole('tab', { name: '设置' }).click();
    await expect(page.getByTestId('bureau-note').textContent()).resolves.toContain('由 某市财政局 统一配置：模板“四川2023年起十三表”，说明样式“四川”，规则包“某市财政局规则.json”（1 条规则）');
    // The workbook is the national set: the note says it differs from the bureau's template.
    await expect(page.getByTestId('bureau-note').textContent()).resolves.toContain('本工作簿按“全国通用九表”识别');
    // The bureau's style, though the national sample's own template would give 全国.
    expect(await page.getByRole('radio', { name: '四川' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-bureau-settings.png') });
    // The user's choice still wins, and is kept in the workbook.
    await page.getByRole('radio', { name: '全国' }).check();
    expect(await page.getByRole('radio', { name: '四川' }).isChecked()).toBe(false);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a malformed config.json: a plain notice, and the pane works as without one', async () => {
    const { server, dir } = await serveWith(h.build.dir, { 'config.json': '{"bureau": "某市财政局",' });
    cleanup.push(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const { page, errors } = await openPreview(h, server.url);
    await expect(page.getByText('财政局统一配置未能全部使用').first().isVisible()).resolves.toBe(true);
    expect(await paneFindings(page)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^BUREAU-01 /)]));
    await page.getByRole('tab', { name: '设置' }).click();
    await expect(page.getByTestId('bureau-note').textContent()).resolves.toContain('config.json 不是有效的 JSON 文件');
    expect(await page.getByRole('radio', { name: '全国' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
