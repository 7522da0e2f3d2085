import { ChartSpec } from '../../core/charts/chart-spec';
import { ChartImageOptions, chartOption, DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH } from './option';

/** What is used of ECharts' `init` (echarts-svg.ts, or the command line's bundle of it, scripts/bundle-echarts.js). */
export type EChartsInit = (
  dom: null,
  theme: null,
  opts: { renderer: 'svg'; ssr: true; width: number; height: number },
) => { setOption(option: ReturnType<typeof chartOption>): void; renderToSVGString(): string; dispose(): void };

/** The SVG document of renderChartSvg (svg.ts), drawn by the ECharts whose `init` is given. */
export function chartSvgDocument(init: EChartsInit, spec: ChartSpec, options: ChartImageOptions = {}): string {
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const height = options.height ?? DEFAULT_CHART_HEIGHT;
  const option = chartOption(spec, { ...options, width, height });
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    // Without it the instance keeps a timer and the Node process does not exit.
    chart.dispose();
  }
}
