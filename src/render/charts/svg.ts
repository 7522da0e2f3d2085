import { ChartSpec } from '../../core/charts/chart-spec';
import { init } from './echarts-svg';
import { ChartImageOptions } from './option';
import { chartSvgDocument } from './svg-document';

/*
 * Runs unchanged in Node (the command line, png.ts) and in the browser bundle: it imports
 * nothing but ECharts, and only the parts the charts use (echarts-svg.ts).
 */

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
