import { join } from 'path';
import { chartFonts, findChartFonts } from '../../../src/render/charts/fonts';

const CANDIDATES = [
  { family: 'Noto Sans CJK SC', dirs: ['/a', '/b'], files: ['Regular.ttc', 'Bold.ttc'] },
  { family: 'Microsoft YaHei', dirs: ['/w'], files: ['msyh.ttc', 'msyhbd.ttc'] },
];

describe('chart fonts', () => {
  it('takes the first folder holding the regular face, with the bold face when there', () => {
    const present = new Set([join('/b', 'Regular.ttc'), join('/b', 'Bold.ttc'), join('/w', 'msyh.ttc')]);
    expect(findChartFonts(CANDIDATES, (p) => present.has(p))).toEqual({
      loadSystemFonts: false,
      fontFiles: [join('/b', 'Regular.ttc'), join('/b', 'Bold.ttc')],
      defaultFontFamily: 'Noto Sans CJK SC',
    });
  });

  it('falls back to the next family, and leaves out a missing bold face', () => {
    const present = new Set([join('/w', 'msyh.ttc')]);
    expect(findChartFonts(CANDIDATES, (p) => present.has(p))?.fontFiles).toEqual([join('/w', 'msyh.ttc')]);
  });

  it('finds nothing when no candidate exists (the caller then loads the system fonts)', () => {
    expect(findChartFonts(CANDIDATES, () => false)).toBeUndefined();
  });

  it('is looked up once per process', () => {
    expect(chartFonts()).toBe(chartFonts());
  });
});
