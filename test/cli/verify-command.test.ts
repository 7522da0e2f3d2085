/**
 * `juesuan verify` on report files: plain text, a Word document written with the docx
 * package, and a PDF printed by chromium (Chinese text, lines re-joined by the reader).
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { Draft, draft, inject } from '../core/verify/drafts';
import { juesuan, tempDir, writeWorkbook } from './cli-support';

const CHROMIUM = '/usr/bin/chromium';

describe('juesuan verify', () => {
  const d: Draft = draft('national');
  const dir = tempDir();
  let book: string;
  let prior: string;
  /** The draft with one wrong growth rate. */
  const wrong = inject(d, /增长(\d+)\.(\d+)%/, (_m, a, b) => `增长${a}.${String((Number(b) + 1) % 100).padStart(2, '0')}%`);

  beforeAll(async () => {
    book = await writeWorkbook(dir, 'this.xlsx', d.sheets);
    prior = await writeWorkbook(dir, 'prior.xlsx', d.priorSheets);
  });

  const verifyJson = async (file: string) => {
    const r = await juesuan('verify', file, '--against', book, '--prior', prior, '--json');
    if (!r.out.startsWith('{')) throw new Error(`no JSON: ${r.err}`);
    return { code: r.code, json: JSON.parse(r.out), err: r.err };
  };

  /**
   * What must not depend on the file format: counts, findings and unchecked figures. (The
   * workbook has no 补充信息 sheet, so the 三公 counts and 政府采购 / 资产 / 绩效 figures are 未能核对.)
   */
  const gist = (json: any) => ({
    sentences: json.sentences,
    figures: json.figures,
    findings: json.findings.map((f: any) => [f.kind, f.severity, f.stated, f.expected]),
    unchecked: json.unchecked.map((u: any) => u.stated),
  });

  it('exits 0 for the correct draft as text and 1 with the wrong rate, in the JSON contract', async () => {
    writeFileSync(join(dir, 'ok.txt'), d.paragraphs.join('\n'));
    writeFileSync(join(dir, 'wrong.txt'), wrong.join('\n'));
    const ok = await verifyJson(join(dir, 'ok.txt'));
    expect(ok.code).toBe(0);
    const bad = await verifyJson(join(dir, 'wrong.txt'));
    expect(bad.code).toBe(1);
    expect(Object.keys(bad.json)).toEqual(['report', 'workbook', 'sentences', 'figures', 'findings', 'unchecked']);
    const f = bad.json.findings.find((x: { kind: string }) => x.kind === 'rate');
    expect(Object.keys(f)).toEqual(['kind', 'severity', 'section', 'sentence', 'stated', 'expected', 'message', 'cells']);
    expect(f).toMatchObject({ severity: 'error', section: '一、收入支出决算总体情况说明' });
    expect(f.cells[0]).toEqual({ sheet: expect.any(String), address: expect.stringMatching(/^[A-Z]+\d+$/) });
  });

  it('reads a Word document paragraph by paragraph', async () => {
    const doc = new Document({ sections: [{ children: wrong.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
    writeFileSync(join(dir, 'report.docx'), await Packer.toBuffer(doc));
    const r = await verifyJson(join(dir, 'report.docx'));
    expect(r.code).toBe(1);
    expect(r.json.findings.filter((x: { severity: string }) => x.severity === 'error').map((x: { kind: string }) => x.kind)).toEqual(['rate']);
    expect(gist(r.json)).toEqual(gist((await verifyJson(join(dir, 'wrong.txt'))).json));
  });

  it('reads a PDF printed by chromium, lines re-joined into sentences', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const html = wrong.map((p) => `<p style="text-indent:2em;margin:0 0 .6em">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
      await page.setContent(`<html><body style="font-family:'Noto Sans CJK SC';font-size:15px;width:520px">${html}</body></html>`);
      writeFileSync(join(dir, 'report.pdf'), await page.pdf({ format: 'A4' }));
    } finally {
      await browser.close();
    }
    const r = await verifyJson(join(dir, 'report.pdf'));
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.json.findings.filter((x: { severity: string }) => x.severity === 'error').map((x: { kind: string }) => x.kind)).toEqual(['rate']);
    expect(gist(r.json)).toEqual(gist((await verifyJson(join(dir, 'wrong.txt'))).json));
    expect(r.json.figures).toBeGreaterThan(80);
  }, 60_000);

  it('writes the text with the findings marked as HTML, escaping the report text', async () => {
    writeFileSync(join(dir, 'mark.txt'), [...wrong, '附注：<script>x</script>'].join('\n'));
    const r = await juesuan('verify', join(dir, 'mark.txt'), '--against', book, '--prior', prior, '--format', 'html');
    expect(r.code).toBe(1);
    expect(r.out).toContain('<mark class="error"');
    expect(r.out).toContain('增长率不符');
    expect(r.out).not.toContain('<script>');
  });

  it('exits 2 with a message naming a report it cannot read', async () => {
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf');
    const r = await juesuan('verify', join(dir, 'broken.pdf'), '--against', book);
    expect(r.code).toBe(2);
    expect(r.err).toContain('broken.pdf');
    const missing = await juesuan('verify', join(dir, 'none.docx'), '--against', book);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('none.docx');
  });
});
