import { chartFontBuffers, expectChartText, svgCodePoints } from '../../../src/render/charts/font-buffers';
import { chartFonts } from '../../../src/render/charts/fonts';
import { renderChartSvg } from '../../../src/render/charts/svg';
import { figure1, figure2, figure3 } from '../../core/charts/sample-charts';

const cps = (s: string) => [...s].map((c) => c.codePointAt(0));

describe('svgCodePoints', () => {
  it('holds every character of the SVG and those its character references stand for', () => {
    const got = svgCodePoints('<text>万元&#21517;&#x4E2D;&amp;&lt;&quot;&#128512;</text>');
    for (const cp of [...cps('<text>万元/'), 21517, 0x4e2d, 0x26, 0x3c, 0x22, 128512]) expect(got.has(cp!)).toBe(true);
  });

  it('leaves out a reference beyond Unicode', () => {
    expect(svgCodePoints('&#1114112;').has(1114112)).toBe(false);
  });
});

const fonts = chartFonts();
(fonts.loadSystemFonts ? describe.skip : describe)('chartFontBuffers', () => {
  it('gives the bold face only to a chart with bold text (the title)', () => {
    jest.isolateModules(() => {
      const { chartFontBuffers: buffers } = jest.requireActual<typeof import('../../../src/render/charts/font-buffers')>('../../../src/render/charts/font-buffers');
      expect(buffers(renderChartSvg(figure1(), { title: false }), fonts)).toHaveLength(1);
      expect(buffers(renderChartSvg(figure1()), fonts)).toHaveLength(Math.min(2, fonts.fontFiles.length));
    });
  });

  it('cuts the fonts once for the charts announced, and again for a chart with new characters', () => {
    const [a, b] = [renderChartSvg(figure1()), renderChartSvg(figure2())];
    expectChartText([a, b]);
    const first = chartFontBuffers(a, fonts);
    expect(chartFontBuffers(b, fonts)).toBe(first);
    const other = chartFontBuffers(renderChartSvg(figure3()).replace('</svg>', '<text>龘</text></svg>'), fonts);
    expect(other).not.toBe(first);
  });
});
