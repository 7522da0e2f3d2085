import { builtInPack, partApplies } from '../../../src/core/rules/packs';
import { runRules } from '../../../src/core/rules/runner';
import { RequiredRule } from '../../../src/core/rules/spec';
import { templateIds, templateSet } from '../../../src/core/templates';
import { cleanModel } from './fixtures/clean-model';

const rowsOf = (template: string, year: number | undefined, id: string) => (builtInPack(template, year).rules.find((r) => r.id === id) as RequiredRule).rows;

/** The clean model of a year, without T01's 国有资本经营预算财政拨款收入 row. */
function withoutSoeRow(year: number | undefined) {
  const model = { ...cleanModel('national'), year };
  const t01 = model.schedules.get('T01')!;
  model.schedules.set('T01', { ...t01, rows: t01.rows.filter((r) => r.key !== '国有资本经营预算财政拨款收入') });
  return model;
}

describe('built-in packs by year', () => {
  it('applies a file bound to years only when the year is known and inside the bound', () => {
    const part = { file: 'x.json', json: {}, years: { from: 2020, to: 2022 } };
    expect([2019, 2020, 2022, 2023, undefined].map((y) => partApplies(part, y))).toEqual([false, true, true, false, false]);
    expect(partApplies({ file: 'y.json', json: {} }, undefined)).toBe(true);
  });

  it.each(templateIds())('changes R-02 and R-03 from 2020 in %s: the 国有资本经营预算财政拨款 income rows become required', (template) => {
    expect(templateSet(template).packs.find((p) => p.file === 'common-2020.json')?.years).toEqual({ from: 2020 });
    expect(rowsOf(template, 2019, 'R-02')).toEqual(['本年收入合计', '收入总计', '本年支出合计', '支出总计']);
    expect(rowsOf(template, 2020, 'R-02')).toEqual(['国有资本经营预算财政拨款收入', '本年收入合计', '收入总计', '本年支出合计', '支出总计']);
    expect(rowsOf(template, 2024, 'R-03')).toContain('国有资本经营预算财政拨款');
    expect(rowsOf(template, undefined, 'R-02')).toEqual(rowsOf(template, 2019, 'R-02'));
    // Same rules otherwise, in the same order.
    expect(builtInPack(template, 2024).rules.map((r) => r.id)).toEqual(builtInPack(template, 2019).rules.map((r) => r.id));
  });

  it('reports a 2024 workbook without the row, not a 2019 one; the year given wins over the workbook’s', () => {
    const failing = (findings: ReturnType<typeof runRules>) => findings.filter((f) => f.rule === 'R-02' && f.outcome === 'fail');
    expect(failing(runRules(withoutSoeRow(2024))).map((f) => f.message)).toEqual(['收入支出决算总表：没有找到“国有资本经营预算财政拨款收入”行']);
    expect(failing(runRules(withoutSoeRow(2019)))).toEqual([]);
    expect(failing(runRules(withoutSoeRow(undefined)))).toEqual([]);
    expect(failing(runRules(withoutSoeRow(2024), { year: 2019 }))).toEqual([]);
    expect(failing(runRules(withoutSoeRow(2019), { year: 2021 }))).toHaveLength(1);
  });

  it('lets a department pack still replace or disable the year’s rule', () => {
    const dept = { id: 'dept', template: 'any' as const, description: '', rules: [{ id: 'R-02', kind: 'disabled' as const, disabled: true as const }] };
    expect(runRules(withoutSoeRow(2024), { packs: [dept] }).some((f) => f.rule === 'R-02')).toBe(false);
  });
});
