/** Zip surgery for the reader tests: parts renamed, sizes in the central directory rewritten. */
import JSZip from 'jszip';

/** Set the uncompressed size the central directory declares for `name` (a bomb, or a lie). */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const len = view.getUint16(at + 28, true);
    const got = out.subarray(at + 46, at + 46 + len);
    if (len === wanted.length && got.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry ${name}`);
}

/** Move a part to another path and point the workbook's relationship at it. */
export async function renamePart(xlsx: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const data = await zip.file(from)!.async('uint8array');
  zip.remove(from);
  zip.file(to, data);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const relative = from.replace(/^xl\//, '');
  if (!rels.includes(relative)) throw new Error(`no relationship to ${relative}`);
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(relative, to.replace(/^xl\//, '')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Replace (or add) a part's text. */
export async function withPart(xlsx: Uint8Array, path: string, text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
