import { checkWorkbook } from '../../../src/core/check';
import type { WorkbookSource } from '../../../src/core/grid/sheet-grid';
import { paragraphText } from '../../../src/core/narrative';
import { keyedParagraphs } from '../../../src/core/narrative/user-text';
import { parseRulePack } from '../../../src/core/rules/pack-format';
import { modelToJson } from '../../../src/core/schedules/model-codec';
import { openSession } from '../../../src/core/session';
import { StoredData, emptyStored } from '../../../src/core/stored';
import { buildFixture } from '../../factories';

const AT = '2025-03-01T08:00:00.000Z';
const source = (year: number, over: Parameters<typeof buildFixture>[0] = {}): WorkbookSource => {
  const f = buildFixture({ template: 'national', year, ...over });
  return { file: `${f.name}.xlsx`, sheets: f.sheets };
};
const modelOf = (s: WorkbookSource) => openSession(s, emptyStored()).model;
const THIS = source(2024);
const LAST = source(2023);
const stored = (over: Partial<StoredData>): StoredData => ({ ...emptyStored(), ...over });
const text = (s: ReturnType<typeof openSession>, key: string) => paragraphText(keyedParagraphs(s.report().document).find((p) => p.key === key)!.paragraph);

describe('openSession', () => {
  it('gives the same findings as a plain check when nothing is stored', () => {
    const s = openSession(THIS, emptyStored());
    expect(s.findings).toEqual(checkWorkbook(THIS).findings);
    expect(s.template.id).toBe('national');
    expect(s.settings).toEqual({ style: 'national', percentDecimals: 2, unitName: s.model.unitName, year: 2024, integerAmounts: false, listZeroItems: false });
    expect(s.notices).toEqual([]);
  });

  it('compares with the prior stored in the workbook and says so; a given prior wins', () => {
    const inStore = stored({ prior: { model: modelToJson(modelOf(LAST)), file: '2023.xlsx' } });
    const s = openSession(THIS, inStore);
    expect(s.prior?.origin).toBe('stored');
    expect(s.notices).toEqual([{ level: 'info', text: '使用工作簿中保存的上年数据（2023年，来自“2023.xlsx”）' }]);
    expect(s.findings).toEqual(checkWorkbook(THIS, { prior: modelOf(LAST) }).findings);
    const given = openSession(THIS, inStore, { prior: { model: modelOf(LAST), file: 'given.xlsx' } });
    expect(given.prior?.origin).toBe('given');
    expect(given.notices).toEqual([]);
  });

  it('refuses last year\'s workbook of the same, a later or an unrelated year, and of another unit', () => {
    for (const [year, expected] of [
      [2024, '上年决算表是2024年度的，本年决算表是2024年度的：应为2023年度。'],
      [2025, '上年决算表是2025年度的，本年决算表是2024年度的：应为2023年度。'],
      [2020, '上年决算表是2020年度的，本年决算表是2024年度的：应为2023年度。'],
    ] as const) {
      const s = openSession(THIS, emptyStored(), { prior: { model: { ...modelOf(LAST), year } } });
      expect(s.prior).toBeUndefined();
      expect(s.priorProblem).toBe(`上年数据未使用：${expected}`);
      expect(s.findings).toEqual(checkWorkbook(THIS).findings);
    }
    const other = openSession(THIS, emptyStored(), { prior: { model: { ...modelOf(LAST), unitName: '另一个单位' } } });
    expect(other.priorProblem).toMatch(/上年决算表的单位是“另一个单位”，本年决算表的单位是“.+”，不是同一单位。/);
    const stale = openSession(THIS, stored({ prior: { model: modelToJson(modelOf(THIS)) } }));
    expect(stale.priorProblem).toBe('工作簿中保存的上年数据未使用：上年决算表是2024年度的，本年决算表是2024年度的：应为2023年度。');
  });

  it('compares with any year on request, and then names that year in the report', () => {
    const s = openSession(THIS, emptyStored(), { prior: { model: { ...modelOf(LAST), year: 2022 } }, priorAnyYear: true });
    expect(s.prior?.model.year).toBe(2022);
    expect(text(s, '一:0')).toContain('与2022年相比');
    expect(text(s, '一:0')).not.toContain('与2023年相比');
  });

  it('applies the department packs stored in the workbook, then the given ones, and reports a broken one', () => {
    const pack = (id: string, severity: string) =>
      JSON.stringify({ id, rules: [{ id: 'D-01', kind: 'equals', severity, left: { schedule: 'T01', row: '收入总计', col: '金额' }, right: { schedule: 'T01', row: '本年收入合计', col: '金额' } }] });
    const inStore = stored({ packs: [{ name: 'dept.json', text: pack('dept', 'warning'), addedAt: AT }, { name: 'bad.json', text: '{', addedAt: AT }] });
    const s = openSession(THIS, inStore);
    expect(s.findings.find((f) => f.rule === 'D-01')?.severity).toBe('warning');
    expect(s.storedPacks).toEqual([{ name: 'dept.json', rules: 1 }, { name: 'bad.json', problem: expect.stringMatching(/^规则包“bad\.json”不是有效的 JSON/) }]);
    expect(s.notices.map((n) => n.level)).toEqual(['warning', 'info']);
    const given = openSession(THIS, inStore, { packs: [parseRulePack(pack('cli', 'error'), 'cli.json')] });
    expect(given.findings.find((f) => f.rule === 'D-01')?.severity).toBe('error');
  });

  it('drafts the report with the user\'s overrides, typed reasons and edits; flags win over the stored settings', () => {
    const base = openSession(THIS, emptyStored(), { prior: { model: modelOf(LAST) } });
    const lead = keyedParagraphs(base.report().document)[0];
    const inStore = stored({
      settings: { unitName: '某市测试局', year: 2024, percentDecimals: 1 },
      reasons: { 'reason:收支总计': { text: '新增科研项目经费', updatedAt: AT } },
    });
    const s = openSession(THIS, inStore, { prior: { model: modelOf(LAST) } });
    expect(s.report().document.title).toBe('2024年度某市测试局决算情况说明');
    expect(s.settings.percentDecimals).toBe(1);
    expect(text(s, '一:0')).toContain('主要变动原因是新增科研项目经费');
    expect(s.report().document.openItems.some((o) => o.id === 'reason:收支总计')).toBe(false);
    expect(s.model.unitName).toBe(base.model.unitName);
    const edited = openSession(THIS, { ...inStore, edits: { [lead.key]: { text: '我写的一段。', generated: text(s, lead.key), updatedAt: AT } } }, { prior: { model: modelOf(LAST) } });
    expect(text(edited, lead.key)).toBe('我写的一段。');
    expect(edited.report().stale).toEqual([]);
    const flags = openSession(THIS, inStore, { settings: { style: 'sichuan', percentDecimals: 0 } });
    expect(flags.settings).toMatchObject({ style: 'sichuan', percentDecimals: 0, unitName: '某市测试局' });
    expect(flags.report().document.style).toBe('sichuan');
  });

  it('writes whole amounts bare and lists zero items when the workbook asks for it', () => {
    const plain = text(openSession(THIS, emptyStored()), '二:0');
    expect(plain).toMatch(/\d\.00万元/);
    expect(plain).not.toContain('经营收入0.00万元');
    const asked = text(openSession(THIS, stored({ settings: { integerAmounts: true, listZeroItems: true } })), '二:0');
    expect(asked).not.toMatch(/\d\.00万元/);
    expect(asked).toMatch(/经营收入0(\.00)?万元/);
    expect(text(openSession(THIS, stored({ settings: { integerAmounts: true } }), { settings: { integerAmounts: false } }), '二:0')).toBe(plain);
  });

  it('falls back to the template\'s style when the stored one is not registered', () => {
    expect(openSession(THIS, stored({ settings: { style: 'gansu' } })).settings.style).toBe('national');
  });

  it('never reads the add-in\'s own sheets as schedules', () => {
    const withOwn = { ...THIS, sheets: [...THIS.sheets, { ...THIS.sheets[0], name: '决算助手_审核结果' }] };
    expect(openSession(withOwn, emptyStored()).findings).toEqual(openSession(THIS, emptyStored()).findings);
  });
});
