/** `juesuan narrative` and `juesuan charts` on the sample workbooks, as design.md specifies them. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { juesuan, tempDir } from './cli-support';

jest.setTimeout(120_000);

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const sample = (name: string) => join(SAMPLES, name);
const dir = tempDir();

describe('juesuan narrative', () => {
  it('drafts the report as text on stdout, with last year compared and the open items counted', async () => {
    const r = await juesuan('narrative', sample('national-2024.xlsx'), '--prior', sample('national-2023.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('2024年度某市科学技术局决算情况说明');
    expect(r.out).toMatch(/与2023年相比，收、支总计各增加\d+(\.\d\d)?万元，增长\d+\.\d\d%。/);
    expect(r.out).not.toMatch(/请补充上年/);
    expect(r.out).toMatch(/待补充事项/);
    expect(r.err).toMatch(/^待补充事项 \d+ 项/);
  });

  it('without last year the comparison is a placeholder, and the style follows the template', async () => {
    const r = await juesuan('narrative', sample('sichuan-2024.xlsx'), '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# 2024年度某市科学技术局决算情况说明/);
    expect(r.out).toMatch(/【\*\*[^】]*上年[^】]*\*\*】/);
    // Sichuan style: whole-number percentages by default.
    expect(r.out).toMatch(/占\d+%/);
  });

  it('writes a Word file with the charts embedded', async () => {
    const out = join(dir, 'report.docx');
    const r = await juesuan('narrative', sample('national-2024.xlsx'), '--prior', sample('national-2023.xlsx'), '--format', 'docx', '--out', out);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    expect(media).toHaveLength(7);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('图6：一般公共预算财政拨款支出决算结构图');
  });

  it('refuses .docx without --out, an unknown style and an unknown format', async () => {
    for (const argv of [
      ['narrative', sample('national-2024.xlsx'), '--format', 'docx'],
      ['narrative', sample('national-2024.xlsx'), '--style', 'shanghai'],
      ['narrative', sample('national-2024.xlsx'), '--format', 'pdf'],
    ]) {
      const r = await juesuan(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/docx|sichuan 或 national|--format/);
    }
  });

  it('writes the 补充信息 template; a reason typed into it replaces the placeholder', async () => {
    const template = join(dir, 'supplement.xlsx');
    expect((await juesuan('narrative', '--supplement-template', '--out', template)).code).toBe(0);
    const blank = new ExcelJS.Workbook();
    await blank.xlsx.load(Uint8Array.from(readFileSync(template)).buffer);
    expect(blank.worksheets.map((w) => w.name)).toEqual(['补充信息']);
    // Copy the sheet into this year's workbook with one reason filled in.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Uint8Array.from(readFileSync(sample('national-2024.xlsx'))).buffer);
    const sheet = wb.addWorksheet('补充信息');
    sheet.addRow(['项目', '内容']);
    sheet.addRow(['原因:reason:收支总计', '科研项目经费增加']);
    const filled = join(dir, 'with-reason.xlsx');
    await wb.xlsx.writeFile(filled);
    const r = await juesuan('narrative', filled, '--prior', sample('national-2023.xlsx'));
    expect(r.out).toMatch(/增长\d+\.\d\d%。主要变动原因是科研项目经费增加。/);
  });

  it('compares 机关运行经费 with the figure in last year’s own 补充信息 (--prior)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Uint8Array.from(readFileSync(sample('national-2023.xlsx'))).buffer);
    const sheet = wb.addWorksheet('补充信息');
    sheet.addRow(['项目', '内容']);
    sheet.addRow(['机关运行经费（万元）', 200]);
    const prior = join(dir, 'prior-with-supplement.xlsx');
    await wb.xlsx.writeFile(prior);
    const r = await juesuan('narrative', sample('national-2024.xlsx'), '--prior', prior);
    expect(r.code).toBe(0);
    // This year's T06 公用经费合计 is 271.50 万元; last year's own figure is 200.
    expect(r.out).toContain('机关运行经费支出271.50万元，与2023年相比，机关运行经费增加71.50万元，增长35.75%');
    expect(r.out).toContain('上年数取自上年补充信息“机关运行经费”');
  });
});

describe('juesuan charts', () => {
  it('writes an SVG and a PNG for each of 图1–图7', async () => {
    const out = join(dir, 'charts');
    const r = await juesuan('charts', sample('sichuan-2024.xlsx'), '--prior', sample('sichuan-2023.xlsx'), '--out', out);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(7);
    expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(7);
    expect(readFileSync(join(out, '图1.svg'), 'utf8')).toContain('2023年');
    expect(readFileSync(join(out, '图1.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('needs --out', async () => {
    const r = await juesuan('charts', sample('sichuan-2024.xlsx'));
    expect(r.code).toBe(2);
  });
});
