/**
 * Run by node-esm.test.ts in a child process (tsx, no Jest): renders the sample charts
 * through the real ECharts ES modules that svg.ts imports and prints { id: svg } as JSON.
 */
import { renderChartSvg } from '../../../src/render/charts/svg';
import { sampleCharts } from '../../core/charts/sample-charts';

const out: Record<string, string> = {};
for (const spec of sampleCharts()) out[spec.id] = renderChartSvg(spec);
process.stdout.write(JSON.stringify(out));
