/// <reference lib="dom" />
/**
 * The end-to-end setup: the production build served by a local static server, and Debian's
 * chromium driven by playwright-core with a fresh profile. Every request that leaves the
 * local server is recorded, so tests can assert the page needs no network.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { serveStatic, StaticServer } from '../../scripts/serve-dist';
import { ProductionBuild, ROOT, productionBuild } from './production-build';

export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';

export interface Harness {
  build: ProductionBuild;
  server: StaticServer;
  context: BrowserContext;
  close(): Promise<void>;
}

export interface PreviewPage {
  page: Page;
  /** http(s) requests to anywhere but the local server. */
  external: string[];
  /** Uncaught exceptions and console errors of the page. */
  errors: string[];
}

/** Build (or reuse the build), serve it on 127.0.0.1 at a free port, launch chromium. */
export async function startHarness(): Promise<Harness> {
  const build = await productionBuild();
  const server = await serveStatic(build.dir);
  const browser = await launchBrowser();
  return {
    build,
    server,
    context: browser.context,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Chromium with a fresh profile whose pages start with empty localStorage. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'juesuan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
  });
  // Each page starts from the default settings, whatever an earlier page stored.
  await context.addInitScript(() => window.localStorage.clear());
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Open the preview page (of `base`, by default the harness's server) and wait until the bundled sample is checked. */
export async function openPreview(h: Harness, base = h.server.url): Promise<PreviewPage> {
  const page = await h.context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (/^https?:/.test(url) && !url.startsWith(base)) external.push(url);
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    // Without a bureau's config.json (docs/deploy.md) the pane's request for it is a 404, which chromium logs.
    if (msg.type() === 'error' && !msg.location().url.endsWith('/config.json')) errors.push(msg.text());
  });
  await page.goto(`${base}preview.html`);
  await page.getByTestId('summary').waitFor();
  return { page, external, errors };
}

/** Pick a file through the page's own file chooser (the 打开工作簿… button). */
export async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开工作簿…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** Show every finding the pane has (not-applicable rules included), as "rule cells" lines. */
export async function paneFindings(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: '设置' }).click();
  const toggle = page.getByRole('switch', { name: '显示不适用的规则' });
  if (!(await toggle.isChecked())) await toggle.check();
  await page.getByRole('tab', { name: '审核' }).click();
  await page.getByRole('button', { name: '全部展开' }).click();
  const lines = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.rule} ${(e as HTMLElement).dataset.cells}`));
  return lines.sort();
}
