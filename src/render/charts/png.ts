import { ChartSpec } from '../../core/charts/chart-spec';
import { ChartRenderError } from './errors';
import { ChartImageOptions } from './option';
import { expectChartText } from './font-buffers';
import { rasterise } from './raster';
import { renderChartSvg } from './svg';

/** A chart image: PNG bytes and their size in pixels (twice the SVG size, for print). */
export interface ChartPng {
  png: Uint8Array;
  width: number;
  height: number;
}

const MAX_SCALE = 4;

export interface ChartPngOptions extends ChartImageOptions {
  /** Pixels per SVG pixel; default 2 (a 600 px wide chart becomes 1200 px, ~200 dpi in Word). */
  scale?: number;
}

/**
 * A chart specification as a PNG, Node only: the SVG of renderChartSvg rasterised by resvg
 * (raster.ts) with the CJK font files of chartFonts (all system fonts when none of those is installed).
 * Chinese text needs a CJK font installed (Debian: fonts-noto-cjk); without one resvg draws
 * no glyphs for it. The returned width and height are the PNG's
 * pixels; embed at width / scale to get the SVG's size.
 * @throws ChartRenderError when the spec is malformed or resvg fails.
 * @example const { png, width } = await renderChartPng(spec); // width === 1200
 */
export async function renderChartPng(spec: ChartSpec, options: ChartPngOptions = {}): Promise<ChartPng> {
  const scale = checkedScale(spec, options.scale);
  return rasteriseChart(spec, renderChartSvg(spec, svgOptions(options)), scale);
}

/** A chart's SVG and its PNG, or the reason the PNG could not be made. */
export interface ChartImages {
  svg: string;
  png: ChartPng | ChartRenderError;
}

/**
 * Several charts as SVG and PNG (each as renderChartPng makes it), the fonts cut down once
 * for all of them: the SVGs are made first, then rasterised. A chart whose PNG fails has
 * its ChartRenderError in place of the PNG; the others are still made.
 * @throws ChartRenderError when a spec is malformed (no SVG) or the scale is invalid.
 */
export async function renderChartImages(specs: readonly ChartSpec[], options: ChartPngOptions = {}): Promise<ChartImages[]> {
  const scales = specs.map((spec) => checkedScale(spec, options.scale));
  const svgs = specs.map((spec) => renderChartSvg(spec, svgOptions(options)));
  expectChartText(svgs);
  const out: ChartImages[] = [];
  for (const [i, spec] of specs.entries()) {
    const png = await rasteriseChart(spec, svgs[i], scales[i]).catch((e: unknown) => {
      if (e instanceof ChartRenderError) return e;
      throw e;
    });
    out.push({ svg: svgs[i], png });
  }
  return out;
}

function svgOptions(options: ChartPngOptions): ChartImageOptions {
  return { width: options.width, height: options.height, title: options.title };
}

function checkedScale(spec: ChartSpec, given: number | undefined): number {
  const scale = given ?? 2;
  // resvg aborts the whole process (a Rust panic) on absurd sizes instead of throwing.
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new ChartRenderError(`${spec.id}（${spec.title}）的图片放大倍数 ${scale} 无效：应大于 0 且不超过 ${MAX_SCALE}。`);
  }
  return scale;
}

async function rasteriseChart(spec: ChartSpec, svg: string, scale: number): Promise<ChartPng> {
  try {
    return await rasterise(svg, scale);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ChartRenderError(`${spec.id}（${spec.title}）的图片生成失败（resvg：${detail}）。`);
  }
}
