jest.mock('@resvg/resvg-js', () => ({
  Resvg: class {
    constructor() {
      throw new Error('SVG data parsing failed');
    }
  },
}));

import { renderChartPng } from '../../../src/render/charts/png';
import { ChartRenderError } from '../../../src/render/charts/errors';
import { figure3 } from '../../core/charts/sample-charts';

describe('renderChartPng when resvg fails', () => {
  it('throws a ChartRenderError naming the chart and resvg’s reason', async () => {
    const attempt = renderChartPng(figure3());
    await expect(attempt).rejects.toThrow(ChartRenderError);
    await expect(renderChartPng(figure3())).rejects.toThrow('图3（支出决算结构）的图片生成失败（resvg：SVG data parsing failed）。');
  });
});
