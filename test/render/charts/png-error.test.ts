// Both builds of resvg refuse (raster.ts uses the WebAssembly one when the CJK fonts are
// installed, the native one otherwise).
const mockRefusal = {
  Resvg: class {
    constructor() {
      throw new Error('SVG data parsing failed');
    }
  },
  initWasm: async () => undefined,
};
jest.mock('@resvg/resvg-js', () => mockRefusal);
jest.mock('@resvg/resvg-wasm', () => mockRefusal);

import { renderChartImages, renderChartPng } from '../../../src/render/charts/png';
import { ChartRenderError } from '../../../src/render/charts/errors';
import { figure1, figure3 } from '../../core/charts/sample-charts';

describe('renderChartPng when resvg fails', () => {
  it('throws a ChartRenderError naming the chart and resvg’s reason', async () => {
    const attempt = renderChartPng(figure3());
    await expect(attempt).rejects.toThrow(ChartRenderError);
    await expect(renderChartPng(figure3())).rejects.toThrow('图3（支出决算结构）的图片生成失败（resvg：SVG data parsing failed）。');
  });

  it('puts each chart’s error in place of its PNG in a batch, keeping its SVG', async () => {
    const images = await renderChartImages([figure1(), figure3()]);
    expect(images.map((i) => i.svg.startsWith('<svg'))).toEqual([true, true]);
    expect(images.map((i) => (i.png instanceof ChartRenderError ? i.png.message : 'png'))).toEqual([
      '图1（收、支决算总计变动情况）的图片生成失败（resvg：SVG data parsing failed）。',
      '图3（支出决算结构）的图片生成失败（resvg：SVG data parsing failed）。',
    ]);
  });
});
