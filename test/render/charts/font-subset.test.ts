import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { chartFonts } from '../../../src/render/charts/fonts';
import { openFontFace } from '../../../src/render/charts/font-subset';
import { svgCodePoints } from '../../../src/render/charts/font-buffers';
import { renderChartSvg } from '../../../src/render/charts/svg';
import { figure2, figure7 } from '../../core/charts/sample-charts';
import { sfntFont } from '../../factories/sfnt';

const fonts = chartFonts();
// The subset is what the WebAssembly path gives resvg: only when the CJK files are installed.
const withCjkFiles = fonts.loadSystemFonts ? describe.skip : describe;

function pixels(svg: string, fontBuffers: Uint8Array[]): Uint8Array {
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff', font: { fontBuffers, defaultFontFamily: fonts.defaultFontFamily } });
  const image = resvg.render();
  const out = image.pixels.slice();
  image.free();
  resvg.free();
  return out;
}

withCjkFiles('a chart font cut down to the chart’s characters', () => {
  beforeAll(() => initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))));
  // Opened once each: the subsetter's memory (64 MB) holds the two collections, not more.
  const faces = fonts.fontFiles.map((f) => openFontFace(f, fonts.defaultFontFamily)!);

  it('draws the same pixels as the whole Noto CJK collections, from a font of a few KB', () => {
    const svg = renderChartSvg(figure7());
    const whole = fonts.fontFiles.map((f) => new Uint8Array(readFileSync(f)));
    const subsets = faces.map((face) => face.subset(svgCodePoints(svg)));
    expect(subsets.every((s) => s.byteLength < 200_000)).toBe(true);
    expect(Buffer.from(pixels(svg, subsets)).equals(Buffer.from(pixels(svg, whole)))).toBe(true);
  });

  it('holds the glyphs the text needs: without the Chinese characters the text is not drawn', () => {
    const svg = renderChartSvg(figure2());
    const face = faces[0];
    const all = svgCodePoints(svg);
    const noChinese = [...all].filter((cp) => cp < 0x2e80);
    expect(noChinese.length).toBeLessThan(all.size);
    const drawn = pixels(svg, [face.subset(all)]);
    const missing = pixels(svg, [face.subset(noChinese)]);
    expect(Buffer.from(drawn).equals(Buffer.from(missing))).toBe(false);
  });

});

describe('openFontFace', () => {
  it('answers undefined for a file without the family', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'juesuan-font-')), 'other.otf');
    writeFileSync(file, sfntFont({ family: 'Other Family' }));
    expect(openFontFace(file, 'Noto Sans CJK SC')).toBeUndefined();
  });

  it('throws the file system’s error for a missing file', () => {
    expect(() => openFontFace(join(tmpdir(), 'juesuan-no-such-font.ttc'), 'Noto Sans CJK SC')).toThrow(/ENOENT/);
  });
});
