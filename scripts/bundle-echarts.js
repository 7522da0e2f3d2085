/**
 * The command line's ECharts (run by `npm run build:cli`, after tsc): dist/render/charts/echarts-svg.js,
 * which tsc compiled to `require('echarts/core')` and the other ES-module entry points, is
 * replaced by one CommonJS file bundling just the parts src/render/charts/echarts-svg.ts
 * registers. Node would otherwise load ~250 ES modules through require(esm) (0.75–0.9 s of
 * CPU), or ECharts' full CommonJS build (3.8 MB, every chart and component: ~0.25 s to load
 * and the charts drawn slower, the code being cold). The pages bundle the same source with
 * webpack. `node scripts/bundle-echarts.js <out>` writes the bundle elsewhere (the tests).
 */
const { buildSync } = require('esbuild');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const outfile = process.argv[2] ?? path.join(ROOT, 'dist', 'render', 'charts', 'echarts-svg.js');

buildSync({
  entryPoints: [path.join(ROOT, 'src', 'render', 'charts', 'echarts-svg.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // package.json "engines".
  target: 'node20',
  minify: true,
  logLevel: 'warning',
});
