/// <reference lib="dom" />
/**
 * The 核对 tab on the preview page, in chromium: a department's report (the sample's own
 * draft, finished by hand, with one amount changed) pasted into the pane; the findings are
 * those of `juesuan verify --json` for the same text and workbook; clicking the changed
 * amount's finding selects its cell; the same report opened as a Word file and as a PDF
 * (pdf.js loaded only then) gives the same findings; the list is copied.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { juesuan, tempDir } from '../cli/cli-support';
import { Harness, SCREENSHOTS, openPreview, startHarness } from './harness';
import { ROOT } from './production-build';

jest.setTimeout(240_000);

const SAMPLE = join(ROOT, 'assets', 'samples', 'national-2024.xlsx');
const PRIOR = join(ROOT, 'assets', 'samples', 'national-2023.xlsx');
/** Where the lead reads the screenshot. */
const NOTES_SCREEN = '/work/notes/screens/verify-tab.png';

/**
 * The sample's draft as a department would send it: the open items dropped (sentences with a
 * 【】 gap, the list at the end), and 本年收入合计 one fen too high.
 */
async function departmentReport(): Promise<string[]> {
  const r = await juesuan('narrative', SAMPLE, '--prior', PRIOR);
  expect(r.code).toBe(0);
  const text = r.out.split(/\n待补充事项/)[0].replace(/[^。\n]*【[^】]*】[^。\n]*。?/g, '');
  expect(text).toContain('本年收入合计3197.03万元');
  return text.replace('本年收入合计3197.03万元', '本年收入合计3197.04万元').split('\n');
}

/** The pane's findings as the JSON contract has them. */
const paneFindings = (page: Page) =>
  page.getByTestId('verify-finding').evaluateAll((els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { kind: d.kind, severity: d.severity, stated: d.stated || null, expected: d.expected || null, cells: d.cells ? d.cells.split('|') : [] };
    }),
  );

/** Wait until the report named `name` is checked; a message in its place fails with its text. */
async function waitForReport(page: Page, name: string): Promise<void> {
  const summary = page.getByTestId('verify-summary').filter({ hasText: name });
  await summary.or(page.getByTestId('verify-error')).waitFor({ timeout: 90_000 });
  if ((await summary.count()) === 0) throw new Error(`核对 ${name}: ${await page.getByTestId('verify-error').innerText()}`);
}

describe('preview page: the 核对 tab', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url.replace(/\/$/, '') });
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  /** The page after the first test, for the second. */
  let opened: { page: Page; paragraphs: string[]; expected: { severity: string; kind: string; stated: string | null }[]; errors: string[] } | undefined;

  it('finds the changed amount in pasted text as `juesuan verify` does, selects its cell, copies the list', async () => {
    const { page, errors, external } = await openPreview(h);
    const paragraphs = await departmentReport();
    const dir = tempDir();
    writeFileSync(join(dir, 'report.txt'), paragraphs.join('\n'));
    const cli = await juesuan('verify', join(dir, 'report.txt'), '--against', SAMPLE, '--prior', PRIOR, '--json');
    expect(cli.code).toBe(1);
    const expected = JSON.parse(cli.out).findings.map((f: { kind: string; severity: string; stated: string | null; expected: string | null; cells: { sheet: string; address: string }[] }) => ({
      kind: f.kind,
      severity: f.severity,
      stated: f.stated,
      expected: f.expected,
      cells: f.cells.map((c) => `${c.sheet}!${c.address}`),
    }));

    // The same workbook and last year's, as the command line is given them.
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('prior-file-input').setInputFiles(PRIOR);
    await page.getByTestId('prior-year').filter({ hasText: '2023 年' }).waitFor();
    await page.getByRole('tab', { name: '核对' }).click();
    await page.getByTestId('verify-input').fill(paragraphs.join('\n'));
    await page.getByRole('button', { name: '核对粘贴的文字' }).click();
    await waitForReport(page, '粘贴的文本');
    const pasted = await paneFindings(page);
    expect(pasted).toEqual(expected);
    // No internal kind codes where the reviewer reads.
    const shown = (await page.getByRole('list', { name: '核对结果' }).innerText()) ?? '';
    expect(shown).not.toMatch(/\b(amount|missing-reason|missing-count|missing-section)\b/);

    const amount = page.getByTestId('verify-finding').filter({ has: page.getByText('报告：3197.04万元，应为：3197.03万元') });
    expect(await amount.count()).toBe(1);
    expect(await amount.getAttribute('data-severity')).toBe('error');
    expect(await amount.innerText()).toContain('数字与表不符');
    expect(await amount.innerText()).toContain('原文：2024年本年收入合计3197.04万元');
    // The sentence is marked in the text; clicking the finding selects its cell.
    expect(await page.getByTestId('verify-mark').filter({ hasText: '本年收入合计3197.04万元' }).getAttribute('data-severity')).toBe('error');
    await amount.getByRole('button').click();
    const cells = ((await amount.getAttribute('data-cells')) ?? '').split('|');
    expect(cells).toEqual(['收入支出决算总表!B14']);
    await page.locator('td[data-highlighted="true"]').first().waitFor();
    expect(await page.locator('td[data-highlighted="true"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.address))).toEqual(['B14']);
    expect(await page.locator('[data-testid="sheet-view"]').getAttribute('data-sheet')).toBe('收入支出决算总表');

    // The list on the clipboard, in the reviewer's words.
    await page.getByRole('button', { name: '复制核对结果' }).click();
    await page.getByTestId('verify-copied').waitFor();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('错误：数字与表不符 — 二、收入决算情况说明');
    expect(clip).toContain('报告：3197.04万元，应为：3197.03万元');

    // The pane at its usual width, the finding in view.
    await page.getByTestId('pane').evaluate((el) => ((el as HTMLElement).style.width = '350px'));
    await amount.scrollIntoViewIfNeeded();
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-verify.png') });
    mkdirSync(join(NOTES_SCREEN, '..'), { recursive: true });
    copyFileSync(join(SCREENSHOTS, 'pane-verify.png'), NOTES_SCREEN);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    opened = { page, paragraphs, expected, errors };
  });

  it('gives the same findings for the report opened as a Word file and as a PDF', async () => {
    if (!opened) throw new Error('the pasted report was not checked');
    const { page, paragraphs, expected, errors } = opened;

    // The same report as a Word file.
    const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
    await page.getByTestId('verify-file-input').setInputFiles({ name: '科技局决算情况说明.docx', mimeType: 'application/octet-stream', buffer: await Packer.toBuffer(doc) });
    await waitForReport(page, '科技局决算情况说明.docx');
    expect(await paneFindings(page)).toEqual(expected);

    // And as a PDF printed by chromium: pdf.js comes as its own chunk, only now.
    const printer = await h.context.newPage();
    const html = paragraphs.map((p) => `<p style="text-indent:2em;margin:0 0 .6em">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    await printer.setContent(`<html><body style="font-family:'Noto Sans CJK SC';font-size:15px;width:520px">${html}</body></html>`);
    const pdf = await printer.pdf({ format: 'A4' });
    await printer.close();
    const chunks: string[] = [];
    page.on('request', (req) => chunks.push(req.url()));
    await page.getByTestId('verify-file-input').setInputFiles({ name: '科技局决算情况说明.pdf', mimeType: 'application/pdf', buffer: pdf });
    await waitForReport(page, '科技局决算情况说明.pdf');
    expect(chunks.some((u) => /chunks\/pdfjs\.[0-9a-f]{8}\.js$/.test(u))).toBe(true);
    const fromPdf = await paneFindings(page);
    expect(fromPdf.filter((f) => f.severity === 'error').map((f) => [f.kind, f.stated])).toEqual(expected.filter((f) => f.severity === 'error').map((f) => [f.kind, f.stated]));

    expect(errors).toEqual([]);
    await page.close();
  });
});
