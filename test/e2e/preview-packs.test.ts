/// <reference lib="dom" />
/**
 * A finance bureau's formula pack in the pane, in chromium: loaded in 设置 on the preview page,
 * it catches an error injected into the sample (T01-R05 switched off, BUREAU-01 fails at
 * 收入总计 and 支出总计); `juesuan check --rules` gives the same findings, and so does
 * `juesuan check` on the downloaded copy, which carries the pack. A formula that does not
 * parse is refused in the pane with the message naming the rule and the character.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { getValue } from '../../src/core/schedules/model';
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { juesuan } from '../cli/cli-support';
import { BUREAU_PACK } from '../factories/bureau-pack';
import { Harness, SCREENSHOTS, chooseFile, openPreview, paneFindings, startHarness } from './harness';
import { ROOT } from './production-build';

jest.setTimeout(240_000);

const SAMPLE = join(ROOT, 'assets', 'samples', 'national-2024.xlsx');

/** The sample with its T01 收入总计 10 万元 too high; the cells of 收入总计 and 支出总计. */
async function skewedSample(dir: string): Promise<{ path: string; cells: string }> {
  const model = recogniseWorkbook(await readWorkbookFile(SAMPLE));
  const income = getValue(model, 'T01', '收入总计', '金额')!.ref;
  const spent = getValue(model, 'T01', '支出总计', '金额')!.ref;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const cell = wb.getWorksheet(income.sheet)!.getCell(income.address);
  cell.value = Number(cell.value) + 10;
  const path = join(dir, 'skewed-2024.xlsx');
  await wb.xlsx.writeFile(path);
  return { path, cells: [income, spent].map((c) => `${c.sheet}!${c.address}`).join('|') };
}

/** `check --json` findings as the harness's pane lines: "rule cells". */
const cliLines = (out: string) =>
  (JSON.parse(out).files[0].findings as { rule: string; cells: { sheet: string; address: string }[] }[]).map((f) => `${f.rule} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join('|')}`).sort();

describe('a formula pack in the pane and on the command line', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'juesuan-packs-'));
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies the stored pack in the pane, with --rules and on the downloaded copy alike', async () => {
    const { path, cells } = await skewedSample(dir);
    const pack = join(dir, '财政局规则.json');
    writeFileSync(pack, JSON.stringify(BUREAU_PACK, null, 2));
    const { page, errors, external } = await openPreview(h);
    await chooseFile(page, 'skewed-2024.xlsx', readFileSync(path));
    await page.getByTestId('file-name').filter({ hasText: 'skewed-2024.xlsx' }).waitFor();

    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('pack-file-input').setInputFiles(pack);
    await page.getByTestId('pack-list').getByText('3 条规则').waitFor();
    const shown = await paneFindings(page);
    expect(shown).toContain(`BUREAU-01 ${cells}`);
    expect(shown.some((l) => l.startsWith('T01-R05 '))).toBe(false);
    const bureau = page.locator('[data-testid="finding"][data-rule="BUREAU-01"]');
    expect(await bureau.getAttribute('data-severity')).toBe('error');
    await bureau.getByText(/^收入总计 [\d,.]+ 与支出总计 [\d,.]+ 不等，相差 10\.00 万元$/).waitFor();
    await page.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-formula-pack.png') });

    const given = await juesuan('check', '--json', path, '--rules', pack);
    expect(given.code).toBe(1);
    expect(cliLines(given.out)).toEqual(shown);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载含说明的工作簿' }).click();
    const copy = join(dir, (await downloading).suggestedFilename());
    await (await downloading).saveAs(copy);
    const carried = await juesuan('check', '--json', copy);
    expect(carried.err).toContain('使用工作簿中保存的规则包：某市财政局-2024');
    expect(cliLines(carried.out)).toEqual(shown);

    // A broken formula: refused with the rule and the character, nothing stored.
    const broken = join(dir, '错误规则.json');
    writeFileSync(broken, JSON.stringify({ ...BUREAU_PACK, rules: [{ id: 'BUREAU-01', formula: 'T01[收入总计] = T01[支出总计' }] }));
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('pack-file-input').setInputFiles(broken);
    await page.getByTestId('pack-error').getByText('规则“BUREAU-01”的字段“formula”第 21 个字符处缺少“]”', { exact: false }).waitFor();
    expect(await page.getByTestId('pack-list').locator('li').count()).toBe(1);

    // 移除 takes its own button away; focus goes to 加载规则包, not to the page.
    await page.getByRole('button', { name: '移除规则包 财政局规则.json' }).click();
    await page.getByTestId('pack-list').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('加载规则包…');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
