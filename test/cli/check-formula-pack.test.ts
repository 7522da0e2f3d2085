/**
 * A finance bureau's formula pack on the command line: given with --rules, or stored in the
 * workbook (as the pane stores it), the same findings; a broken formula refused with its place.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { storedToXml, emptyStored } from '../../src/core/stored';
import { withCustomXmlPart } from '../hosts/xlsx/custom-xml-part';
import { BUREAU_PACK } from '../factories/bureau-pack';
import { checkJson, figure, fixture, juesuan, tempDir, withCell, writeWorkbook } from './cli-support';

jest.setTimeout(120_000);

const dir = tempDir();
const packFile = join(dir, '财政局规则.json');
writeFileSync(packFile, JSON.stringify(BUREAU_PACK, null, 2));
type Line = { rule: string; severity: string; outcome: string; message: string; cells: { sheet: string; address: string }[] };
const brief = (f: Line) => `${f.rule} ${f.severity} ${f.outcome} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(',')} ${f.message}`;

/** A 2024 national workbook whose T01 收入总计 is 10 万元 too high. */
async function skewedWorkbook(): Promise<{ path: string; cells: string[] }> {
  const f = fixture({ template: 'national', year: 2024 });
  const income = figure(f, 'T01', '收入总计', '金额');
  const spent = figure(f, 'T01', '支出总计', '金额');
  const sheets = withCell(f.sheets, income.sheet, income.address, { value: income.fen / 1_000_000 + 10 });
  return { path: await writeWorkbook(dir, 'skewed.xlsx', sheets), cells: [income, spent].map((e) => `${e.sheet}!${e.address}`) };
}

describe('juesuan check with a formula pack', () => {
  it('catches the injected error with T01-R05 disabled, from --rules and from the pack stored in the workbook alike', async () => {
    const { path, cells } = await skewedWorkbook();
    const given = await checkJson('--all', path, '--rules', packFile);
    expect(given.code).toBe(1);
    const findings: Line[] = given.json.files[0].findings;
    expect(findings.some((f) => f.rule === 'T01-R05')).toBe(false);
    const bureau = findings.find((f) => f.rule === 'BUREAU-01')!;
    expect(bureau).toMatchObject({ severity: 'error', outcome: 'fail', difference: 10 }); // in the workbook's unit, 万元
    expect(bureau.cells.map((c) => `${c.sheet}!${c.address}`)).toEqual(cells);
    expect(findings.find((f) => f.rule === 'BUREAU-02')?.outcome).toBe('pass');

    const storedPath = join(dir, 'skewed-with-pack.xlsx');
    const stored = { ...emptyStored(), packs: [{ name: '财政局规则.json', text: readFileSync(packFile, 'utf8'), addedAt: '2025-03-01T08:00:00.000Z' }] };
    writeFileSync(storedPath, await withCustomXmlPart(readFileSync(path), storedToXml(stored)));
    const fromWorkbook = await checkJson('--all', storedPath);
    expect(fromWorkbook.err).toContain('使用工作簿中保存的规则包：某市财政局-2024');
    expect(fromWorkbook.json.files[0].findings.map(brief)).toEqual(findings.map(brief));
  });

  it('refuses a pack whose formula does not parse, naming the pack, the rule and the character (exit 2)', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...BUREAU_PACK, rules: [{ id: 'BUREAU-09', formula: 'SUM(T05[206]) = T05[206]' }] }));
    const r = await juesuan('check', (await skewedWorkbook()).path, '--rules', broken);
    expect(r.code).toBe(2);
    expect(r.err).toContain('规则“BUREAU-09”的字段“formula”第 9 个字符处SUM 按科目代码前缀求和，“[]”里应为代码后加“*”，如 [206*]，而不是“206”');
  });
});
