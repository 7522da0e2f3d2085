import { ChartSpec } from '../../core/charts/chart-spec';
import { ChartImageOptions, chartOption, DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH } from './option';

/**
 * What is used of ECharts' `init`, from the ES modules (svg.ts, the pages) or the CommonJS
 * build (svg-node.ts, the command line); their type declarations are separate, hence this.
 */
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
