import { execFileSync } from 'child_process';
import { join } from 'path';
import { renderChartSvg } from '../../../src/render/charts/svg';
import { sampleCharts } from '../../core/charts/sample-charts';

/** zrender numbers its instances ("zr3-cls-0"); the count differs between processes. */
const normalise = (svg: string) => svg.replace(/zr\d+-/g, 'zr-');

describe('svg.ts with the real ECharts modules (no Jest mocks)', () => {
  it('renders the same SVG as the full build under Jest, so every component it needs is registered', () => {
    const root = join(__dirname, '../../..');
    const stdout = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'render-in-node.ts')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const real: Record<string, string> = JSON.parse(stdout);
    const specs = sampleCharts();
    expect(Object.keys(real)).toEqual(specs.map((s) => s.id));
    for (const spec of specs) expect(normalise(real[spec.id])).toBe(normalise(renderChartSvg(spec)));
  });
});
