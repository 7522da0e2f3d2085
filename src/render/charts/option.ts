import type { EChartsCoreOption } from 'echarts/core';
import { ChartSpec } from '../../core/charts/chart-spec';
import { pieSlices } from '../../core/charts/pie';
import { ChartRenderError } from './errors';
import { formatChartValue, formatPercent } from './format';

/**
 * A chart specification as an ECharts option: the whole look of the chart images, kept
 * apart from the ECharts instance so it is easy to test and the same in Node and browser.
 */

/** Fonts named in the SVG: Noto for Linux and resvg, YaHei for Windows viewers. */
export const CHART_FONT_FAMILY = "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/** Word's text column is about 600 px wide at 96 dpi (A4 less 28 + 26 mm margins). */
export const DEFAULT_CHART_WIDTH = 600;
export const DEFAULT_CHART_HEIGHT = 360;
const MIN_SIZE = 200;
const MAX_SIZE = 4000;

export interface ChartImageOptions {
  /** Pixels; default 600 × 360. */
  width?: number;
  height?: number;
  /**
   * Draw the caption as the chart's title (default true). Turn it off where the caption is
   * printed under the image anyway, as in the Word file.
   */
  title?: boolean;
}

const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363', '#997300'];
const LABEL_SIZE = 12;
const AXIS_LABEL_SIZE = 12;

/**
 * The ECharts option for `spec` at the given size.
 * @throws ChartRenderError when the spec is malformed (no categories, a series whose values
 *   do not match the categories, a pie with nothing above zero).
 */
export function chartOption(spec: ChartSpec, options: ChartImageOptions = {}): EChartsCoreOption {
  validate(spec);
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const height = options.height ?? DEFAULT_CHART_HEIGHT;
  for (const [name, v] of [['宽度', width], ['高度', height]] as const) {
    if (!Number.isFinite(v) || v < MIN_SIZE || v > MAX_SIZE) {
      throw new ChartRenderError(`${spec.id}（${spec.title}）的图片${name} ${v} 无效：应在 ${MIN_SIZE} 到 ${MAX_SIZE} 像素之间。`);
    }
  }
  const showTitle = options.title ?? true;
  const base: EChartsCoreOption = {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: AXIS_LABEL_SIZE, color: '#333333' },
    title: showTitle
      ? { text: spec.caption, left: 'center', top: 8, textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 15, fontWeight: 'bold', color: '#222222' } }
      : { show: false },
  };
  const top = showTitle ? 36 : 8;
  return spec.kind === 'pie' ? { ...base, ...pieParts(spec, top, height) } : { ...base, ...columnParts(spec, width, top) };
}

function validate(spec: ChartSpec): void {
  const where = `${spec.id}（${spec.title}）`;
  if (spec.categories.length === 0) throw new ChartRenderError(`${where}没有分类，无法绘制。`);
  if (spec.series.length === 0) throw new ChartRenderError(`${where}没有数据系列，无法绘制。`);
  for (const s of spec.series) {
    if (s.values.length !== spec.categories.length) {
      throw new ChartRenderError(`${where}的系列“${s.name}”有 ${s.values.length} 个数值，但有 ${spec.categories.length} 个分类。`);
    }
  }
  if (spec.kind === 'pie' && pieSlices(spec).length === 0) throw new ChartRenderError(`${where}没有大于零的数值，无法绘制饼图。`);
}

function columnParts(spec: ChartSpec, width: number, top: number): EChartsCoreOption {
  const fmt = (v: unknown) => (typeof v === 'number' ? formatChartValue(v, spec.numberFormat) : '');
  // Plot width less the value axis labels and margins; ECharts' default bar geometry is
  // 20 % gap between categories and 30 % of a bar between the bars of one category.
  const plotWidth = width - 100;
  const categoryWidth = plotWidth / spec.categories.length;
  const n = spec.series.length;
  const barPitch = ((0.8 * categoryWidth) / (n + 0.3 * (n - 1))) * (n > 1 ? 1.3 : 1);
  const longestLabel = Math.max(...spec.series.flatMap((s) => s.values.map((v) => fmt(v).length)));
  // Digits are about 0.6 em wide; when neighbouring labels would touch, stand them upright.
  const upright = longestLabel * LABEL_SIZE * 0.6 + 6 > (n > 1 ? barPitch : categoryWidth);
  const legendTop = top;
  return {
    legend: { selectedMode: false, top: legendTop, left: 'center', itemWidth: 14, itemHeight: 10, textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: AXIS_LABEL_SIZE } },
    // ECharts 6 keeps axis labels inside the chart by itself (grid.outerBoundsMode 'auto').
    grid: { left: 16, right: 24, top: legendTop + 44, bottom: 12 },
    xAxis: {
      type: 'category',
      data: spec.categories.map((c) => wrapLabel(c, Math.max(2, Math.floor((categoryWidth - 8) / AXIS_LABEL_SIZE)))),
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, fontFamily: CHART_FONT_FAMILY, fontSize: AXIS_LABEL_SIZE, lineHeight: 16, color: '#333333' },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      nameTextStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: AXIS_LABEL_SIZE, align: 'right' },
      // Plain numbers like the data labels ("1500", not "1,500").
      axisLabel: { fontFamily: CHART_FONT_FAMILY, fontSize: AXIS_LABEL_SIZE, color: '#555555', formatter: (v: number) => String(v) },
      splitLine: { lineStyle: { type: 'dashed', color: '#dddddd' } },
      // Room above the tallest bar for its label, upright labels need more.
      max: (extent: { max: number }) => niceCeiling(extent.max * (upright ? 1.25 : 1.1)),
    },
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      barMaxWidth: 56,
      // A static image: no hover styles in the SVG.
      emphasis: { disabled: true },
      label: {
        show: true,
        position: 'top',
        distance: 4,
        fontFamily: CHART_FONT_FAMILY,
        fontSize: LABEL_SIZE,
        color: '#222222',
        formatter: (p: { value?: unknown }) => fmt(p.value),
        ...(upright ? { rotate: 90, align: 'left', verticalAlign: 'middle' } : {}),
      },
    })),
  };
}

function pieParts(spec: ChartSpec, top: number, height: number): EChartsCoreOption {
  const slices = pieSlices(spec);
  const label = (i: number) => {
    const s = slices[i];
    const amount = `${formatChartValue(s.value, spec.numberFormat)}${spec.unit}`;
    return spec.showPercent ? `${s.category}\n${amount} (${formatPercent(s.percent)})` : `${s.category}\n${amount}`;
  };
  return {
    series: [
      {
        type: 'pie',
        name: spec.series[0].name,
        radius: '56%',
        // Centred in the space below the title.
        center: ['50%', Math.round(top + (height - top) / 2)],
        data: slices.map((s) => ({ name: s.category, value: s.value })),
        avoidLabelOverlap: true,
        emphasis: { disabled: true },
        label: {
          show: true,
          fontFamily: CHART_FONT_FAMILY,
          fontSize: LABEL_SIZE,
          lineHeight: 16,
          color: '#222222',
          formatter: (p: { dataIndex: number }) => label(p.dataIndex),
        },
        labelLine: { show: true, length: 10, length2: 14 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  };
}

/**
 * Break a category name into lines of at most `perLine` characters (CJK is 1 em each), as
 * evenly as possible so no line holds a lone character: 9 characters at 4 a line give 3 + 3 + 3.
 */
export function wrapLabel(text: string, perLine: number): string {
  const chars = Array.from(text);
  if (chars.length <= perLine) return text;
  const lineCount = Math.ceil(chars.length / perLine);
  const size = Math.ceil(chars.length / lineCount);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(''));
  return lines.join('\n');
}

/** The smallest 1, 2 or 5 × 10^k (or a half step of it) at or above `v`, for an axis maximum. */
export function niceCeiling(v: number): number {
  if (!(v > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(v));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= v * (1 - 1e-12)) ?? 10;
  return step * magnitude;
}
