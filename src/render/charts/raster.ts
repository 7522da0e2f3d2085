import { readFileSync } from 'fs';
import { setFlagsFromString } from 'v8';
import { chartFonts } from './fonts';
import { chartFontBuffers } from './font-buffers';

/**
 * An SVG rasterised by resvg 2.6 (white background, `scale` pixels per SVG pixel), with the
 * chart fonts, once per process. Node only. Two builds of the same resvg:
 *
 * - When the CJK font files are known (fonts.ts): resvg's WebAssembly build, given for each
 *   chart a subset of the family's face with the chart's characters (`fontBuffers`,
 *   font-subset.ts; the files are read once per process, the bold one only when a chart has
 *   bold text). The native resvg-js takes font paths only
 *   and reads the whole file again for every text element it lays out (fontdb without
 *   memory mapping): 20 MB of kernel copying per label, ~30 ms each, 5–21 labels a chart, so
 *   a chart cost ~300 ms where the drawing itself takes ~40. Both builds give the same pixels
 *   (compared on the seven charts of the national sample).
 * - Without them: native resvg-js loading every system font (slow, but the text is drawn;
 *   the WebAssembly build cannot see the system's fonts).
 */
export interface Raster {
  png: Uint8Array;
  width: number;
  height: number;
}

type Wasm = typeof import('@resvg/resvg-wasm');

let wasmReady: Promise<Wasm['Resvg']> | undefined;

/** The WebAssembly renderer, made on first use (initWasm may run only once). */
function wasmRenderer(): NonNullable<typeof wasmReady> {
  wasmReady ??= (async () => {
    // V8 first compiles WebAssembly quickly (Liftoff), then again, optimised, for functions
    // that run often (TurboFan, on background threads). For a few charts the second pass costs
    // more CPU than it saves — a chart took 150–550 ms instead of 60–90 — so this process
    // keeps the first (HarfBuzz's subsetter, compiled after it, too). The flag is read when a
    // module is compiled; the pages never come here.
    setFlagsFromString('--liftoff-only');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wasm: Wasm = require('@resvg/resvg-wasm');
    const bytes = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
    await withoutFetchGlobals(() => wasm.initWasm(bytes));
    return wasm.Resvg;
  })();
  // A failed start is not kept: the next chart tries again (and reports its own error).
  wasmReady.catch(() => (wasmReady = undefined));
  return wasmReady;
}

const FETCH_GLOBALS = ['Request', 'Response'];

/**
 * `start()` with the globals Request and Response reading as undefined, put back after.
 * wasm-bindgen's loader in resvg-wasm looks at them to tell a fetch from bytes (index.js,
 * __wbg_init and __wbg_load: `typeof Request === "function" && input instanceof Request`). In
 * Node 20 they are lazy getters, and the first look loads undici (Node's fetch) with http2, tls
 * and crypto: ~75 ms of CPU, for bytes that are given directly.
 */
export async function withoutFetchGlobals<T>(start: () => Promise<T>): Promise<T> {
  const saved = FETCH_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const [name] of saved) Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });
  try {
    return await start();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}

/** Rasterise `svg`; throws resvg's error (the caller names the chart). */
export async function rasterise(svg: string, scale: number): Promise<Raster> {
  const fonts = chartFonts();
  const fitTo = { mode: 'zoom' as const, value: scale };
  if (fonts.loadSystemFonts) {
    const { Resvg } = await import('@resvg/resvg-js');
    const image = new Resvg(svg, { fitTo, background: '#ffffff', font: fonts }).render();
    const png = image.asPng();
    return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width: image.width, height: image.height };
  }
  const Resvg = await wasmRenderer();
  const fontBuffers = chartFontBuffers(svg, fonts);
  const resvg = new Resvg(svg, { fitTo, background: '#ffffff', font: { fontBuffers, defaultFontFamily: fonts.defaultFontFamily } });
  try {
    const image = resvg.render();
    try {
      return { png: image.asPng(), width: image.width, height: image.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
