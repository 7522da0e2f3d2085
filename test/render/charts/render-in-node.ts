/**
 * Run by node-esm.test.ts in a child process (tsx, no Jest): renders the sample charts
 * through the real ECharts ES modules that svg.ts imports, and through ECharts' CommonJS
 * build that svg-node.ts requires, and prints { esm: { id: svg }, commonJs: { id: svg } } as JSON.
 */
import { renderChartSvg } from '../../../src/render/charts/svg';
import { renderChartSvg as renderChartSvgInNode } from '../../../src/render/charts/svg-node';
import { sampleCharts } from '../../core/charts/sample-charts';

const out: Record<'esm' | 'commonJs', Record<string, string>> = { esm: {}, commonJs: {} };
for (const spec of sampleCharts()) out.esm[spec.id] = renderChartSvg(spec);
for (const spec of sampleCharts()) out.commonJs[spec.id] = renderChartSvgInNode(spec);
process.stdout.write(JSON.stringify(out));
