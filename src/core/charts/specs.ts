import { Fact, fact } from '../compare/facts';
import { subjectLines } from '../compare/lines';
import { FEN_PER_UNIT } from '../grid/units';
import { FigureSource } from '../narrative/document';
import { CHARTS } from '../narrative/styles/common';
import { ChartKey } from '../narrative/styles/style';
import { INCOME_ITEMS } from '../schedules/catalogue/schedules';
import { ScheduleId, WorkbookModel } from '../schedules/model';
import { ChartKind, ChartSeries, ChartSpec, SkippedChart } from './chart-spec';

/**
 * The charts of narrative.md §5 (图1 … 图7) computed from the same facts as the report, with
 * the same captions. A chart whose figures are all missing or zero is skipped with a reason.
 */
export interface ChartSet {
  charts: ChartSpec[];
  skipped: SkippedChart[];
}

type Item = [label: string, schedule: ScheduleId, row: string, col: string];

const INCOME_PIE: Item[] = INCOME_ITEMS.map((row): Item => [row, 'T01', row, '金额']);

const EXPENDITURE_ITEMS: Item[] = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map(
  (col): Item => [col, 'T03', '合计', col],
);

const SANGONG_ITEMS: Item[] = ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'].map(
  (row): Item => [row, 'T07', row, '决算数'],
);

/** A value in 万元 with two decimals, as charts show it. */
function wan(f: Fact | undefined): number {
  return f ? Math.round(f.value / (FEN_PER_UNIT['万元'] / 100)) / 100 : 0;
}

function source(f: Fact | undefined): FigureSource {
  return f?.sources[0] ?? {};
}

function spec(key: ChartKey, kind: ChartKind, categories: string[], series: ChartSeries[]): ChartSpec {
  const { id, caption } = CHARTS[key];
  const title = caption.replace(/^图\d+：/, '').replace(/图$/, '');
  return { id, title, caption, kind, unit: '万元', categories, series, numberFormat: '0.00', showPercent: kind === 'pie' };
}

function series(name: string, facts: (Fact | undefined)[]): ChartSeries {
  return { name, values: facts.map(wan), sources: facts.map(source) };
}

/**
 * Two-year columns: one series per year that has the figures. A last year whose figures are
 * all 0 (a unit set up this year, issue 10.5) is not drawn: the chart shows one year.
 */
function twoYears(key: ChartKey, model: WorkbookModel, prior: WorkbookModel | undefined, items: Item[]): ChartSpec {
  const has = (m: WorkbookModel, nonZero: boolean) => items.some(([, s, r, c]) => {
    const f = fact(m, s, r, c);
    return f !== undefined && (!nonZero || f.value !== 0);
  });
  const years = [prior, model].filter((m): m is WorkbookModel => m !== undefined && has(m, m === prior));
  const out = years.map((m) => series(m.year ? `${m.year}年` : m === model ? '本年' : '上年', items.map(([, s, r, c]) => fact(m, s, r, c))));
  return spec(key, 'column', items.map(([label]) => label), out);
}

/** A pie of the items that are above zero. */
function pie(key: ChartKey, model: WorkbookModel, items: Item[]): ChartSpec {
  const present = items.map((it) => ({ label: it[0], f: fact(model, it[1], it[2], it[3]) })).filter((x) => (x.f?.value ?? 0) > 0);
  return spec(key, 'pie', present.map((x) => x.label), [series(model.year ? `${model.year}年` : '本年', present.map((x) => x.f))]);
}

function classItems(model: WorkbookModel): Item[] {
  return subjectLines(model, 'T05', '合计', 1).map((l): Item => [`${l.label}（类）`, 'T05', l.key, '合计']);
}

function sangong(model: WorkbookModel): ChartSpec {
  const budget = SANGONG_ITEMS.map(([, s, r]) => fact(model, s, r, '预算数'));
  const actual = SANGONG_ITEMS.map(([, s, r, c]) => fact(model, s, r, c));
  const out = [series('预算数', budget), series('决算数', actual)].filter((sr) => sr.sources.some((x) => x.ref));
  return spec('sangong', 'column', SANGONG_ITEMS.map(([label]) => label), out);
}

function emptyReason(c: ChartSpec): string | undefined {
  if (c.series.length === 0 || c.categories.length === 0) return '工作簿中没有这张图所需的数据';
  if (c.series.every((s) => s.values.every((v) => v === 0))) return '数据全部为零';
  return undefined;
}

/**
 * Build 图1 … 图7 for this year's model, with last year's for the two-year charts.
 * @example buildChartSpecs(model, prior).charts.map((c) => c.id) // ['图1', …]
 */
export function buildChartSpecs(model: WorkbookModel, prior?: WorkbookModel): ChartSet {
  const all = [
    twoYears('totals', model, prior, [
      ['收入总计', 'T01', '收入总计', '金额'],
      ['支出总计', 'T01', '支出总计', '金额'],
    ]),
    pie('incomeStructure', model, INCOME_PIE),
    pie('expenditureStructure', model, EXPENDITURE_ITEMS),
    twoYears('fiscalTotals', model, prior, [
      ['财政拨款收入总计', 'T04', '收入总计', '金额'],
      ['财政拨款支出总计', 'T04', '支出总计', '合计'],
    ]),
    twoYears('gpbChange', model, prior, [['一般公共预算财政拨款支出', 'T05', '合计', '合计']]),
    pie('gpbStructure', model, classItems(model)),
    sangong(model),
  ];
  const charts: ChartSpec[] = [];
  const skipped: SkippedChart[] = [];
  for (const c of all) {
    const reason = emptyReason(c);
    if (reason) skipped.push({ id: c.id, title: c.title, reason });
    else charts.push(c);
  }
  return { charts, skipped };
}
