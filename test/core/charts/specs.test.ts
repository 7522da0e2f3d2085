import { buildChartSpecs } from '../../../src/core/charts/specs';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { Fixture, buildFixture } from '../../factories';

const model = (f: Fixture) => recogniseWorkbook({ file: `${f.name}.xlsx`, sheets: f.sheets });
/** An expected figure in 万元, straight from the fixture. */
const wan = (f: Fixture, schedule: string, row: string, col: string): number => {
  const e = f.expected.find((x) => x.schedule === schedule && x.row === row && x.col === col);
  if (!e) throw new Error(`no ${schedule} ${row}/${col}`);
  return e.fen / 1_000_000;
};

describe.each(['national', 'sichuan2023'] as const)('chart specs of the %s fixture', (template) => {
  const current = buildFixture({ template, year: 2024 });
  const prior = buildFixture({ template, year: 2023 });
  const { charts, skipped } = buildChartSpecs(model(current), model(prior));
  const chart = (id: string) => charts.find((c) => c.id === id)!;

  it('图1 compares 收入总计 and 支出总计 of both years, last year first', () => {
    const c = chart('图1');
    expect(c).toMatchObject({ kind: 'column', caption: '图1：收、支决算总计变动情况图', categories: ['收入总计', '支出总计'], unit: '万元' });
    expect(c.series.map((s) => s.name)).toEqual(['2023年', '2024年']);
    expect(c.series[0].values).toEqual([wan(prior, 'T01', '收入总计', '金额'), wan(prior, 'T01', '支出总计', '金额')]);
    expect(c.series[1].values).toEqual([wan(current, 'T01', '收入总计', '金额'), wan(current, 'T01', '支出总计', '金额')]);
    expect(c.series[1].sources[0]).toMatchObject({ schedule: 'T01', row: '收入总计', year: 2024 });
  });

  it('图2 is a pie of the income items above zero, adding up to 本年收入合计', () => {
    const c = chart('图2');
    expect(c.kind).toBe('pie');
    expect(c.showPercent).toBe(true);
    const total = c.series[0].values.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(wan(current, 'T01', '本年收入合计', '金额'), 2);
    expect(c.series[0].values.every((v) => v > 0)).toBe(true);
  });

  it('图6 has one slice per functional class of T05', () => {
    const classes = current.expected.filter((e) => e.schedule === 'T05' && e.col === '合计' && /^\d{3}$/.test(e.row) && e.fen > 0);
    const c = chart('图6');
    expect(c.categories).toHaveLength(classes.length);
    expect(c.series[0].values).toEqual(classes.map((e) => e.fen / 1_000_000));
    expect(c.categories.every((x) => x.endsWith('（类）'))).toBe(true);
  });

  it('图7 shows 三公 budget against actual', () => {
    const c = chart('图7');
    expect(c.series.map((s) => s.name)).toEqual(['预算数', '决算数']);
    expect(c.series[1].values[3]).toBe(wan(current, 'T07', '公务接待费', '决算数'));
    expect(skipped).toEqual([]);
  });
});

it('without last year the two-year charts show this year only; all-zero charts are skipped with a reason', () => {
  const current = buildFixture({ year: 2024 });
  const m = model(current);
  for (const s of m.schedules.get('T07')!.values.values()) s.parsed = { kind: 'blank' };
  const { charts, skipped } = buildChartSpecs(m);
  expect(charts.find((c) => c.id === '图1')!.series.map((s) => s.name)).toEqual(['2024年']);
  expect(skipped).toEqual([{ id: '图7', title: '“三公”经费财政拨款支出决算情况', reason: '数据全部为零' }]);
});
