/**
 * Run by node-esm.test.ts in a child process (tsx, no Jest): renders the sample charts
 * through the real ECharts ES modules that svg.ts imports, and through the command line's
 * CommonJS bundle of them (scripts/bundle-echarts.js, built here into a temporary folder),
 * and prints { esm: { id: svg }, commonJs: { id: svg } } as JSON.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { renderChartSvg } from '../../../src/render/charts/svg';
import { EChartsInit, chartSvgDocument } from '../../../src/render/charts/svg-document';
import { sampleCharts } from '../../core/charts/sample-charts';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-echarts-'));
try {
  const bundle = join(dir, 'echarts-svg.js');
  execFileSync(process.execPath, [join(__dirname, '../../../scripts/bundle-echarts.js'), bundle]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { init } = require(bundle) as { init: EChartsInit };
  const out: Record<'esm' | 'commonJs', Record<string, string>> = { esm: {}, commonJs: {} };
  for (const spec of sampleCharts()) out.esm[spec.id] = renderChartSvg(spec);
  for (const spec of sampleCharts()) out.commonJs[spec.id] = chartSvgDocument(init, spec);
  process.stdout.write(JSON.stringify(out));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
