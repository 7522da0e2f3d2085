/**
 * Minimal OpenType files built in code: faces holding only a `name` table with the given
 * family names (Windows platform, Unicode BMP, US English), alone or as a TrueType
 * Collection — the layout of the OpenType spec's "TTC Header", "Table Directory" and
 * "name — Naming Table", enough for reading which face is which.
 */
export interface FaceNames {
  /** nameID 1 */
  family?: string;
  /** nameID 16 */
  typographicFamily?: string;
  /** A record on another platform (Macintosh, Roman), which readers of Windows names skip. */
  macFamily?: string;
}

function u16(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}
function u32(n: number): number[] {
  return [...u16(n >>> 16), ...u16(n & 0xffff)];
}
function utf16be(s: string): number[] {
  return [...s].flatMap((ch) => u16(ch.charCodeAt(0)));
}

function nameTable(names: FaceNames): number[] {
  const records: { platform: number; encoding: number; language: number; id: number; bytes: number[] }[] = [];
  if (names.macFamily) records.push({ platform: 1, encoding: 0, language: 0, id: 1, bytes: [...names.macFamily].map((c) => c.charCodeAt(0)) });
  if (names.family) records.push({ platform: 3, encoding: 1, language: 0x409, id: 1, bytes: utf16be(names.family) });
  if (names.typographicFamily) records.push({ platform: 3, encoding: 1, language: 0x409, id: 16, bytes: utf16be(names.typographicFamily) });
  const header = [...u16(0), ...u16(records.length), ...u16(6 + 12 * records.length)];
  let at = 0;
  const recordBytes = records.flatMap((r) => {
    const bytes = [...u16(r.platform), ...u16(r.encoding), ...u16(r.language), ...u16(r.id), ...u16(r.bytes.length), ...u16(at)];
    at += r.bytes.length;
    return bytes;
  });
  return [...header, ...recordBytes, ...records.flatMap((r) => r.bytes)];
}

/** A face's table directory (at `offset` in the file) pointing at its name table at `nameAt`. */
function tableDirectory(nameAt: number, nameLength: number): number[] {
  const otto = [0x4f, 0x54, 0x54, 0x4f];
  return [...otto, ...u16(1), ...u16(16), ...u16(0), ...u16(0), 0x6e, 0x61, 0x6d, 0x65, ...u32(0), ...u32(nameAt), ...u32(nameLength)];
}

/** A single face (an .otf) with these names. */
export function sfntFont(names: FaceNames): Uint8Array {
  const name = nameTable(names);
  return new Uint8Array([...tableDirectory(28, name.length), ...name]);
}

/** A collection (.ttc) of faces with these names, in order. */
export function sfntCollection(faces: FaceNames[]): Uint8Array {
  const headerLength = 12 + 4 * faces.length;
  const parts: number[][] = [];
  let at = headerLength;
  const offsets: number[] = [];
  for (const face of faces) {
    const name = nameTable(face);
    offsets.push(at);
    parts.push([...tableDirectory(at + 28, name.length), ...name]);
    at += 28 + name.length;
  }
  const ttcf = [0x74, 0x74, 0x63, 0x66];
  return new Uint8Array([...ttcf, ...u16(1), ...u16(0), ...u32(faces.length), ...offsets.flatMap(u32), ...parts.flat()]);
}
