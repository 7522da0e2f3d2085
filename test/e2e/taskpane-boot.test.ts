/// <reference lib="dom" />
/**
 * taskpane.html of the production build boots in chromium with a stand-in for office.js
 * (served in place of Microsoft's CDN, which these machines cannot reach): outside Excel,
 * and in an Excel without ExcelApi 1.9, it says so in Chinese instead of failing; where
 * office.js cannot be loaded, or the webview lacks what the pane needs, a plain message.
 */
import { join } from 'path';
import type { Page } from 'playwright-core';
import { Harness, SCREENSHOTS, startHarness } from './harness';

jest.setTimeout(120_000);

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Just enough of office.js for index.tsx's start-up checks. */
function fakeOffice(host: string, supported: boolean): string {
  return `window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    context: { requirements: { isSetSupported: function () { return ${supported}; } } },
    onReady: function (cb) {
      var info = { host: '${host}', platform: 'PC' };
      setTimeout(function () { cb(info); }, 0);
      return Promise.resolve(info);
    }
  };`;
}

describe('taskpane.html start-up', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  async function boot(host: string, supported: boolean): Promise<{ text: string; requests: string[]; errors: string[] }> {
    const page = await h.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(h.server.url)) requests.push(req.url());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: fakeOffice(host, supported) }));
    await page.setViewportSize({ width: 360, height: 480 });
    await page.goto(`${h.server.url}taskpane.html`);
    const bar = page.locator('.fui-MessageBar');
    await bar.waitFor();
    const text = (await bar.textContent()) ?? '';
    await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${host.toLowerCase()}-${supported ? 'ok' : 'old'}.png`) });
    await page.close();
    return { text, requests, errors };
  }

  it('outside Excel, asks to open it in Excel; office.js is its only outside request', async () => {
    const { text, requests, errors } = await boot('Word', true);
    expect(text).toContain('请在 Excel 中使用');
    expect(requests).toEqual([OFFICE_JS]);
    expect(errors).toEqual([]);
  });

  it('in an Excel without ExcelApi 1.9, asks for a newer Excel', async () => {
    const { text, errors } = await boot('Excel', false);
    expect(text).toContain('Excel 版本过旧');
    expect(text).toContain('ExcelApi 1.9');
    expect(errors).toEqual([]);
  });

  async function plainMessage(setup: (page: Page) => Promise<void>, shot: string): Promise<{ text: string; errors: string[] }> {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await setup(page);
    await page.setViewportSize({ width: 360, height: 480 });
    await page.goto(`${h.server.url}taskpane.html`);
    const box = page.locator('#startup-problem');
    await box.waitFor();
    const text = (await box.textContent()) ?? '';
    await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${shot}.png`) });
    expect(await page.locator('.fui-MessageBar').count()).toBe(0);
    await page.close();
    return { text, errors };
  }

  it('where office.js cannot be fetched (an isolated network), says so in plain HTML', async () => {
    const { text, errors } = await plainMessage(async (page) => {
      await page.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
    }, 'no-office');
    expect(text).toContain('无法加载 Office 组件');
    expect(text).toContain('appsforoffice.microsoft.com');
    expect(errors).toEqual([]);
  });

  it('where the webview lacks what the pane needs, asks for a newer Excel in plain HTML', async () => {
    const { text } = await plainMessage(async (page) => {
      await page.addInitScript(() => {
        delete (Array.prototype as { findLast?: unknown }).findLast;
      });
      await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: fakeOffice('Excel', true) }));
    }, 'old-webview');
    expect(text).toContain('Excel 或系统版本过旧');
  });
});
