/**
 * Rule packs through the session: a bureau's formula pack stored in the workbook, and the
 * built-in pack chosen by the year in force (the workbook's, or the user's setting).
 */
import { checkWorkbook } from '../../../src/core/check';
import { WorkbookSource, parseA1 } from '../../../src/core/grid/sheet-grid';
import { Finding } from '../../../src/core/rules/finding';
import { parseRulePack } from '../../../src/core/rules/pack-format';
import { openSession } from '../../../src/core/session';
import { StoredData, emptyStored } from '../../../src/core/stored';
import { buildFixture } from '../../factories';
import { BUREAU_PACK } from '../../factories/bureau-pack';

const AT = '2025-03-01T08:00:00.000Z';

/** A 2024 national workbook whose T01 收入总计 is `delta` 万元 off, with the cells of 收入总计 and 支出总计. */
function skewed(delta: number): { source: WorkbookSource; cells: string[] } {
  const f = buildFixture({ template: 'national', year: 2024 });
  const at = (row: string) => f.expected.find((e) => e.schedule === 'T01' && e.row === row && e.col === '金额')!;
  const income = at('收入总计');
  const { row, col } = parseA1(income.address);
  const grid = f.sheets.find((s) => s.name === income.sheet)!;
  const cell = grid.cells[row][col]!;
  grid.cells[row][col] = { ...cell, value: Number(cell.value) + delta, text: undefined };
  return { source: { file: 'skewed.xlsx', sheets: f.sheets }, cells: [income, at('支出总计')].map((e) => `${e.sheet}!${e.address}`) };
}

const withPack = (text: string): StoredData => ({ ...emptyStored(), packs: [{ name: '财政局规则.json', text, addedAt: AT }] });
const cellsOf = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.address}`);

describe('a bureau formula pack through the session', () => {
  it('catches an injected error with the built-in rule disabled, pointing at the cells the formula read', () => {
    const { source, cells } = skewed(10);
    const s = openSession(source, withPack(JSON.stringify(BUREAU_PACK)));
    expect(s.findings.some((f) => f.rule === 'T01-R05')).toBe(false);
    const bureau = s.findings.find((f) => f.rule === 'BUREAU-01')!;
    expect(bureau).toMatchObject({ outcome: 'fail', severity: 'error', difference: 10_000_000 });
    expect(bureau.message).toMatch(/^收入总计 [\d,.]+ 与支出总计 [\d,.]+ 不等，相差 10\.00 万元$/);
    expect(cellsOf(bureau)).toEqual(cells);
    expect(s.findings.find((f) => f.rule === 'BUREAU-02')?.outcome).toBe('pass');
    expect(s.storedPacks).toEqual([{ name: '财政局规则.json', rules: 3 }]);
    expect(s.notices).toContainEqual({ level: 'info', text: '使用工作簿中保存的规则包：某市财政局-2024' });
    // The same pack given now (--rules) instead of stored gives the same findings.
    expect(openSession(source, emptyStored(), { packs: [parseRulePack(BUREAU_PACK, 'bureau.json')] }).findings).toEqual(s.findings);
  });

  it('passes the clean workbook', () => {
    const { source } = skewed(0);
    const s = openSession(source, withPack(JSON.stringify(BUREAU_PACK)));
    expect(s.findings.filter((f) => f.rule.startsWith('BUREAU')).map((f) => f.outcome)).toEqual(['pass', 'pass']);
  });

  it('says why a stored pack with a broken formula is not used, naming the rule and the column', () => {
    const broken = { ...BUREAU_PACK, rules: [{ id: 'BUREAU-01', formula: 'T01[收入总计] = = T01[支出总计]' }] };
    const s = openSession(skewed(0).source, withPack(JSON.stringify(broken)));
    expect(s.storedPacks[0].problem).toBe('规则包“财政局规则.json”：规则“BUREAU-01”的字段“formula”第 13 个字符处应为表引用（如 T01[收入总计]）、SUM(…) 或数字，而不是“=”（T01[收入总计] = = T01[支出总计]）');
    expect(s.notices[0].level).toBe('warning');
    expect(s.findings.some((f) => f.rule === 'BUREAU-01')).toBe(false);
  });
});

describe('the built-in pack of the year in force', () => {
  /** A 2024 workbook whose T01 lacks the 国有资本经营预算财政拨款收入 row (label and figure cleared). */
  function withoutSoeRow(): WorkbookSource {
    const f = buildFixture({ template: 'national', year: 2024 });
    const e = f.expected.find((x) => x.schedule === 'T01' && x.row === '国有资本经营预算财政拨款收入')!;
    const { row, col } = parseA1(e.address);
    const grid = f.sheets.find((s) => s.name === e.sheet)!;
    const label = grid.cells[row].findIndex((c) => typeof c?.value === 'string' && c.value.includes('国有资本经营预算财政拨款收入'));
    for (let c = label; c <= col; c++) grid.cells[row][c] = null;
    return { file: 'no-soe-row.xlsx', sheets: f.sheets };
  }
  const r02 = (findings: Finding[]) => findings.find((f) => f.rule === 'R-02')!;

  it('requires the row from 2020 on, and the year setting (stored or given) chooses the earlier pack', () => {
    const source = withoutSoeRow();
    const s = openSession(source, emptyStored());
    expect(s.model.year).toBe(2024);
    expect(s.model.schedules.get('T01')!.rows.some((r) => r.key === '国有资本经营预算财政拨款收入')).toBe(false);
    expect(r02(s.findings)).toMatchObject({ outcome: 'fail', severity: 'error', message: '收入支出决算总表：没有找到“国有资本经营预算财政拨款收入”行' });
    expect(r02(checkWorkbook(source).findings).outcome).toBe('fail');
    const stored = openSession(source, { ...emptyStored(), settings: { year: 2019 } });
    expect(r02(stored.findings).outcome).toBe('pass');
    expect(r02(openSession(source, emptyStored(), { settings: { year: 2019 } }).findings).outcome).toBe('pass');
  });
});

describe('Session.ruleTitle', () => {
  it('names a rule by its title in force, an internal check by its name, an untitled pack rule by its id', () => {
    const { source } = skewed(0);
    const titled = { ...BUREAU_PACK, rules: [...BUREAU_PACK.rules, { id: 'X-02b', title: '局定：各类支出一致', formula: 'T01[收入总计] = T01[支出总计]' }] };
    const s = openSession(source, withPack(JSON.stringify(titled)));
    expect(s.storedPacks).toEqual([{ name: '财政局规则.json', rules: 4 }]);
    expect(s.ruleTitle('T07-R02b')).toBe('决算数超过预算数需说明');
    expect(s.ruleTitle('X-02b')).toBe('局定：各类支出一致');
    expect(s.ruleTitle('hidden-sheet')).toBe('隐藏的工作表');
    expect(s.ruleTitle('BUREAU-01')).toBe('BUREAU-01');
  });
});
