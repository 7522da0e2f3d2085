import { execFileSync } from 'child_process';
import { join } from 'path';
import { renderChartSvg } from '../../../src/render/charts/svg';
import { sampleCharts } from '../../core/charts/sample-charts';

/** zrender numbers its instances and classes ("zr3-cls-0"); the counts differ between processes. */
const normalise = (svg: string) => svg.replace(/zr\d+-/g, 'zr-');
const unnumbered = (svg: string) => svg.replace(/(zr\d+-)?cls-\d+/g, 'cls');

describe('svg.ts with the real ECharts modules (no Jest mocks)', () => {
  it('renders the same SVG as the full build under Jest, so every component it needs is registered', () => {
    const root = join(__dirname, '../../..');
    const stdout = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'render-in-node.ts')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { esm: real, commonJs }: Record<'esm' | 'commonJs', Record<string, string>> = JSON.parse(stdout);
    const specs = sampleCharts();
    expect(Object.keys(real)).toEqual(specs.map((s) => s.id));
    for (const spec of specs) expect(normalise(real[spec.id])).toBe(normalise(renderChartSvg(spec)));
    // The command line's bundle of the same modules (scripts/bundle-echarts.js) draws what svg.ts draws.
    expect(Object.keys(commonJs)).toEqual(specs.map((s) => s.id));
    for (const spec of specs) expect(unnumbered(commonJs[spec.id])).toBe(unnumbered(real[spec.id]));
  });
});
