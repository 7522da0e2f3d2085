import { ChartKind, ChartSeries, ChartSpec } from '../../../src/core/charts/chart-spec';

/**
 * Chart specifications built by hand: the seven charts of narrative.md §5 with plausible
 * figures in 万元 for a department's 2024 final accounts (2023 for comparison).
 */

/** A series with one placeholder source per value. */
export function series(name: string, values: number[], year = 2024): ChartSeries {
  return { name, values, sources: values.map(() => ({ year })) };
}

/** A chart spec with the house defaults (万元, "0.00", percentages on pies). */
export function chartSpec(id: string, title: string, kind: ChartKind, categories: string[], data: ChartSeries[]): ChartSpec {
  return {
    id,
    title,
    caption: `${id}：${title}图`,
    kind,
    unit: '万元',
    categories,
    series: data,
    numberFormat: '0.00',
    showPercent: kind === 'pie',
  };
}

export const figure1 = (): ChartSpec =>
  chartSpec('图1', '收、支决算总计变动情况', 'column', ['收入总计', '支出总计'], [
    series('2023年', [1523.46, 1498.72], 2023),
    series('2024年', [1687.35, 1652.08]),
  ]);

/** Income structure; 经营收入 is zero and gets no slice. */
export const figure2 = (): ChartSpec =>
  chartSpec('图2', '收入决算结构', 'pie', ['财政拨款收入', '事业收入', '经营收入', '其他收入', '年初结转和结余'], [
    series('2024年', [1402.18, 156.4, 0, 38.77, 90]),
  ]);

export const figure3 = (): ChartSpec =>
  chartSpec('图3', '支出决算结构', 'pie', ['基本支出', '项目支出', '经营支出'], [series('2024年', [1210.53, 441.55, 0])]);

export const figure4 = (): ChartSpec =>
  chartSpec('图4', '财政拨款收、支决算总计变动情况', 'column', ['财政拨款收入总计', '财政拨款支出总计'], [
    series('2023年', [1350.2, 1335.95], 2023),
    series('2024年', [1492.18, 1478.66]),
  ]);

export const figure5 = (): ChartSpec =>
  chartSpec('图5', '一般公共预算财政拨款支出决算变动情况', 'column', ['一般公共预算财政拨款支出'], [
    series('2023年', [1280.44], 2023),
    series('2024年', [1398.21]),
  ]);

export const figure6 = (): ChartSpec =>
  chartSpec('图6', '一般公共预算财政拨款支出决算结构', 'pie', ['一般公共服务支出', '教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出', '农林水支出'], [
    series('2024年', [862.3, 12.5, 215.6, 98.41, 110.2, 99.2]),
  ]);

export const figure7 = (): ChartSpec =>
  chartSpec('图7', '“三公”经费预算与决算情况', 'column', ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'], [
    series('预算数', [12, 0, 18.5, 6]),
    series('决算数', [8.64, 0, 16.27, 4.35]),
  ]);

/** 图1 … 图7 in order. */
export function sampleCharts(): ChartSpec[] {
  return [figure1(), figure2(), figure3(), figure4(), figure5(), figure6(), figure7()];
}
