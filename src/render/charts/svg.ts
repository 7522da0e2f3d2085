import { init, use } from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { ChartSpec } from '../../core/charts/chart-spec';
import { ChartImageOptions } from './option';
import { chartSvgDocument } from './svg-document';

/*
 * Runs unchanged in Node and in the browser bundle: it imports nothing but ECharts, and only
 * the parts the charts use, so the bundle stays small. Node loads these ES modules through
 * require(esm) (Node >= 20.19); under Jest see test/render/charts/echarts-jest.ts. The command
 * line draws through svg-node.ts instead (the same SVG, from ECharts' CommonJS build).
 */
use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/**
 * A chart specification as a standalone SVG document, by ECharts server-side rendering:
 * Chinese labels, values with the spec's number format (two decimals), the unit as the value
 * axis name, pie slices labelled "名称\n数值万元 (百分比%)" with largest-remainder
 * percentages that add up to 100 (src/core/charts/pie.ts; zero slices are left out).
 * @throws ChartRenderError when the spec is malformed (see chartOption).
 * @example renderChartSvg(spec).startsWith('<svg') === true
 */
export function renderChartSvg(spec: ChartSpec, options: ChartImageOptions = {}): string {
  return chartSvgDocument(init, spec, options);
}

export type { ChartImageOptions } from './option';
