import { readFileSync } from 'fs';
import { ChartFonts } from './fonts';
import { FontFace, openFontFace } from './font-subset';

/*
 * The font bytes resvg is given for a chart (raster.ts): the chart family's faces of the
 * files fonts.ts found, cut down to the charts' characters (font-subset.ts). One subset
 * serves every chart whose characters it holds: a subset costs ~20 ms of HarfBuzz work on
 * the Noto CJK faces, so a batch announces its charts first (expectChartText) and is
 * served by one subset per face. Node only.
 */

/** Each font file's face of the chart family, opened on first use; the whole file when it has no such face. */
const faces = new Map<string, FontFace>();

function faceOf(file: string, family: string): FontFace {
  let face = faces.get(file);
  if (!face) {
    face = withWholeFileFallback(file, family);
    faces.set(file, face);
  }
  return face;
}

/**
 * The subsetter's face, or the whole file as resvg took it before subsetting when the file
 * has no face of the family, does not fit the subsetter's memory, or HarfBuzz refuses it
 * (slower, same pixels). A file that cannot be read throws from readFileSync.
 */
function withWholeFileFallback(file: string, family: string): FontFace {
  let bytes: Uint8Array | undefined;
  const whole = () => (bytes ??= new Uint8Array(readFileSync(file)));
  let face: FontFace | undefined;
  try {
    face = openFontFace(file, family);
  } catch {
    face = undefined;
  }
  return {
    subset: (codePoints) => {
      if (!face) return whole();
      try {
        return face.subset(codePoints);
      } catch {
        return whole();
      }
    },
  };
}

/** Bold text in ECharts' SVG (`font-weight:bold` in a style; 600 and up match the bold face). */
const BOLD = /font-weight\s*[:=]\s*["']?\s*(bold|bolder|[6-9]00)\b/;

interface Subset {
  codePoints: Set<number>;
  bold: boolean;
  buffers: Uint8Array[];
}

/** The characters (and boldness) of the charts announced and not drawn yet. */
let expected: { codePoints: Set<number>; bold: boolean } = { codePoints: new Set(), bold: false };
let last: Subset | undefined;

/** Announce the SVGs about to be rasterised, so that the next subset covers them all. */
export function expectChartText(svgs: readonly string[]): void {
  for (const svg of svgs) {
    for (const cp of svgCodePoints(svg)) expected.codePoints.add(cp);
    expected.bold ||= BOLD.test(svg);
  }
}

/**
 * The fonts for one chart: the regular face (and the bold one when the chart has bold
 * text) cut down to every character of the SVG, markup included, with its character
 * references decoded — a few more glyphs than the text needs, never fewer. The last
 * subset is reused when it holds them; otherwise a new one also covers the announced charts.
 */
export function chartFontBuffers(svg: string, fonts: ChartFonts): Uint8Array[] {
  const codePoints = svgCodePoints(svg);
  const bold = BOLD.test(svg);
  if (last && (last.bold || !bold) && [...codePoints].every((cp) => last!.codePoints.has(cp))) return last.buffers;
  for (const cp of codePoints) expected.codePoints.add(cp);
  const want = { codePoints: expected.codePoints, bold: expected.bold || bold };
  const [regular, ...others] = fonts.fontFiles;
  const files = want.bold ? [regular, ...others] : [regular];
  const buffers = files.map((file) => faceOf(file, fonts.defaultFontFamily).subset(want.codePoints));
  last = { ...want, buffers };
  expected = { codePoints: new Set(), bold: false };
  return buffers;
}

/** The code points of `svg`, with those of its character references (&#21517; &#x4e07; &amp; …). */
export function svgCodePoints(svg: string): Set<number> {
  const codePoints = new Set<number>();
  for (const ch of svg) codePoints.add(ch.codePointAt(0)!);
  for (const [, dec, hex, name] of svg.matchAll(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi)) {
    const cp = dec ? Number(dec) : hex ? parseInt(hex, 16) : NAMED[name.toLowerCase()];
    if (cp <= 0x10ffff) codePoints.add(cp);
  }
  return codePoints;
}

const NAMED: Record<string, number> = { amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27 };
