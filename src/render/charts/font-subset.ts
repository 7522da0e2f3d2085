import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'fs';
import { faceIndexOf } from './sfnt-names';

/**
 * One face of a font file, cut down to the characters a chart draws, by HarfBuzz's subsetter
 * (harfbuzzjs's hb-subset.wasm, a standalone module with the C API: hb_subset_or_fail,
 * hb_subset_input_unicode_set …, see harfbuzz/src/hb-subset.h). Node only.
 *
 * Why: resvg-wasm builds a font database for every image from the bytes it is given
 * (2.6 has no way to keep one), so handing it the Noto CJK collections (19 + 20 MB, ten faces
 * each) cost a copy of 40 MB into its memory and a parse of twenty faces per chart, plus
 * 40 MB read and copied once per process. A subset of the chart's characters is 20–30 KB
 * and draws the same pixels: outlines, advances and layout tables are kept for the glyphs
 * kept (test/render/charts/font-subset.test.ts compares the images).
 */
export interface FontFace {
  /** An OpenType font holding the face's glyphs for these characters (those it has). */
  subset(codePoints: Iterable<number>): Uint8Array;
}

interface HarfBuzz {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb_memory_mode_t: HarfBuzz may write into the bytes (they are this module's own). */
const HB_MEMORY_MODE_WRITABLE = 2;

let harfBuzz: HarfBuzz | undefined;

/** The part of the WebAssembly global used here (the command line's compiler settings have no DOM types). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}

/** The subsetter, compiled and instantiated once per process (it imports nothing). */
function hb(): HarfBuzz {
  if (!harfBuzz) {
    const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
    const module = new wasm.Module(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
    harfBuzz = new wasm.Instance(module, {}).exports as unknown as HarfBuzz;
  }
  return harfBuzz;
}

/**
 * The face of `family` in the font file at `path`, its bytes read once straight into the
 * subsetter's memory and kept for the process; undefined when no face of the file has that
 * family name. Throws when the file cannot be read or does not fit: the module's memory is
 * fixed at 64 MB (it imports nothing, so it cannot grow), room for the two Noto CJK files.
 */
export function openFontFace(path: string, family: string): FontFace | undefined {
  const h = hb();
  const fd = openSync(path, 'r');
  let data = 0;
  let size: number;
  try {
    size = fstatSync(fd).size;
    data = h.malloc(size);
    if (!data) throw new Error(`no memory for ${path} (${size} bytes)`);
    for (let at = 0; at < size; ) {
      const read = readSync(fd, new Uint8Array(h.memory.buffer, data + at, size - at), 0, size - at, at);
      if (read === 0) throw new Error(`${path} ended after ${at} of ${size} bytes`);
      at += read;
    }
  } catch (e) {
    if (data) h.free(data);
    throw e;
  } finally {
    closeSync(fd);
  }
  const index = faceIndexOf(new Uint8Array(h.memory.buffer, data, size), family);
  if (index < 0) {
    h.free(data);
    return undefined;
  }
  const face = h.hb_face_create(h.hb_blob_create(data, size, HB_MEMORY_MODE_WRITABLE, 0, 0), index);
  return { subset: (codePoints) => subsetFace(h, face, codePoints) };
}

function subsetFace(h: HarfBuzz, face: number, codePoints: Iterable<number>): Uint8Array {
  const input = h.hb_subset_input_create_or_fail();
  if (!input) throw new Error('HarfBuzz could not start a subset');
  try {
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) h.hb_set_add(unicodes, cp);
    const subset = h.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('HarfBuzz could not subset the font');
    const blob = h.hb_face_reference_blob(subset);
    try {
      // A copy: the subsetter's memory is reused (and may move when it grows).
      return new Uint8Array(h.memory.buffer, h.hb_blob_get_data(blob, 0), h.hb_blob_get_length(blob)).slice();
    } finally {
      h.hb_blob_destroy(blob);
      h.hb_face_destroy(subset);
    }
  } finally {
    h.hb_subset_input_destroy(input);
  }
}
