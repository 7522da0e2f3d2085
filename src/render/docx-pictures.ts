import JSZip from 'jszip';

/*
 * The chart pictures of the Word file, stored in its zip rather than deflated. docx 9 zips
 * every part of the package with DEFLATE (its bundled fflate's zipSync, without options) and
 * names each picture by a SHA-1 of its bytes, both in JavaScript: for the seven charts of a
 * report about half of the CPU Packer.pack took (profiled: ~0.25 s), to squeeze PNGs that are
 * deflated already by a fifth (the file is that much larger now: 297 KB against 230). So
 * docx is given a stand-in of a few bytes for each picture, and the package it packs is then
 * opened with JSZip, each stand-in replaced by its picture, stored (zip method 0), and zipped
 * again. JSZip copies the other parts as docx compressed them: it reuses a
 * loaded entry's compressed bytes when the entry's method is unchanged (jszip
 * lib/zipObject.js, _compressWorker). The parts, their order and their content are those
 * docx writes with the pictures themselves (test/render/docx-pictures.test.ts).
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const STAND_IN_LENGTH = PNG_SIGNATURE.length + 4;

/** True when the bytes start with the PNG signature. */
export function startsLikePng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The number a stand-in holds after the PNG signature, or undefined for any other bytes. */
function standInIndex(bytes: Uint8Array): number | undefined {
  if (bytes.length !== STAND_IN_LENGTH || !startsLikePng(bytes)) return undefined;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(PNG_SIGNATURE.length);
}

/** The pictures given to docx as stand-ins, put back into the package it packs. */
export class StoredPictures {
  private readonly pictures: Uint8Array[] = [];

  /**
   * A stand-in for `png`: the PNG signature and the picture's number. The same bytes get the
   * same stand-in, so docx keeps one file for a picture placed twice, as it does for the picture.
   */
  standIn(png: Uint8Array): Uint8Array {
    let index = this.pictures.findIndex((p) => sameBytes(p, png));
    if (index < 0) index = this.pictures.push(png) - 1;
    const bytes = new Uint8Array(STAND_IN_LENGTH);
    bytes.set(PNG_SIGNATURE);
    new DataView(bytes.buffer).setUint32(PNG_SIGNATURE.length, index);
    return bytes;
  }

  /** `packed` (docx's package) with each stand-in under word/media/ replaced by its picture, stored. */
  async restore(packed: Uint8Array): Promise<Uint8Array> {
    if (this.pictures.length === 0) return packed;
    const zip = await JSZip.loadAsync(packed);
    for (const entry of zip.file(/^word\/media\//)) {
      const index = standInIndex(await entry.async('uint8array'));
      const picture = index === undefined ? undefined : this.pictures[index];
      if (!picture) continue;
      // Same name, same place in the zip (JSZip keeps its files in insertion order).
      zip.file(entry.name, picture, { compression: 'STORE', createFolders: false, date: entry.date });
    }
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
