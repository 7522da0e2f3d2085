import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { renderChartImages, renderChartPng } from '../../../src/render/charts/png';
import { renderChartSvg } from '../../../src/render/charts/svg';
import { ChartRenderError } from '../../../src/render/charts/errors';
import { figure1, figure2, figure7 } from '../../core/charts/sample-charts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OUT = join(__dirname, '../../../test-output/charts');

/** Width and height from the IHDR chunk, which must come first. */
function ihdr(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = String.fromCharCode(...png.slice(12, 16));
  if (type !== 'IHDR') throw new Error(`first chunk is ${type}`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderChartPng', () => {
  // The images are left in test-output/charts for a person to look at.
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it.each([
    ['图1 (columns)', figure1],
    ['图2 (pie)', figure2],
    ['图7 (four categories)', figure7],
  ])('renders %s as a PNG twice the SVG size', async (_name, make) => {
    const spec = make();
    const { png, width, height } = await renderChartPng(spec);
    expect([...png.slice(0, 8)]).toEqual(SIGNATURE);
    expect(ihdr(png)).toEqual({ width: 1200, height: 720 });
    expect({ width, height }).toEqual({ width: 1200, height: 720 });
    // A chart with text and colour compresses far less than a blank page (~5 KB).
    expect(png.byteLength).toBeGreaterThan(20_000);
    writeFileSync(join(OUT, `${spec.id}.png`), png);
  });

  it('follows the requested size and scale', async () => {
    const { png, width, height } = await renderChartPng(figure1(), { width: 500, height: 300, scale: 1 });
    expect(ihdr(png)).toEqual({ width: 500, height: 300 });
    expect({ width, height }).toEqual({ width: 500, height: 300 });
  });

  it('refuses a scale resvg would crash on, with a message naming the chart', async () => {
    await expect(renderChartPng(figure1(), { scale: 1e6 })).rejects.toThrow(ChartRenderError);
    await expect(renderChartPng(figure1(), { scale: 0 })).rejects.toThrow('图1（收、支决算总计变动情况）的图片放大倍数 0 无效：应大于 0 且不超过 4。');
    await expect(renderChartPng(figure1(), { width: 10 })).rejects.toThrow('图1（收、支决算总计变动情况）的图片宽度 10 无效：应在 200 到 4000 像素之间。');
  });

  it('makes several charts at once, each SVG and PNG as made one by one', async () => {
    const specs = [figure1(), figure2(), figure7()];
    const images = await renderChartImages(specs, { title: false });
    // zrender numbers its CSS classes per process (zr2-cls-6); the drawing is the same.
    const unnumbered = (svg: string) => svg.replace(/(zr\d+-)?cls-\d+/g, 'cls');
    expect(images.map((i) => unnumbered(i.svg))).toEqual(specs.map((s) => unnumbered(renderChartSvg(s, { title: false }))));
    for (const [i, spec] of specs.entries()) {
      const alone = await renderChartPng(spec, { title: false });
      expect(Buffer.from((images[i].png as { png: Uint8Array }).png).equals(Buffer.from(alone.png))).toBe(true);
    }
  });

  it('refuses an invalid scale for a batch before drawing anything', async () => {
    await expect(renderChartImages([figure1()], { scale: 0 })).rejects.toThrow('图1（收、支决算总计变动情况）的图片放大倍数 0 无效');
  });
});
