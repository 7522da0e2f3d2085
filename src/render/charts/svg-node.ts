import { init } from 'echarts';
import { ChartSpec } from '../../core/charts/chart-spec';
import { ChartImageOptions } from './option';
import { chartSvgDocument } from './svg-document';

/*
 * renderChartSvg for Node (png.ts, the command line): the same SVG from ECharts' CommonJS
 * build (`require('echarts')`, dist/echarts.js: one file with every chart, component and
 * renderer). Loading the ~250 ES modules of svg.ts through require(esm) cost about three times
 * the CPU of that one file (measured: 0.75–0.9 s against 0.3 s of user time), on every
 * command that draws a chart; the pages keep svg.ts and its smaller bundle.
 * test/render/charts/node-esm.test.ts compares the two.
 */

/** renderChartSvg (svg.ts), drawn by ECharts' CommonJS build; Node only. */
export function renderChartSvg(spec: ChartSpec, options: ChartImageOptions = {}): string {
  return chartSvgDocument(init, spec, options);
}
