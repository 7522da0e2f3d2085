/**
 * Which face of an OpenType file (a single font or a TrueType Collection, .ttc) belongs to a
 * family, read from the faces' `name` tables (OpenType spec, "TTC Header", "Table Directory"
 * and "name — Naming Table"). The Noto CJK collections hold one face per region (JP, KR, SC,
 * TC, HK, and their Mono variants); the charts need only the one their text names.
 */

/** Typographic family (16) first, as fontdb does; then the legacy family (1). */
const FAMILY_NAME_IDS = [16, 1];
const WINDOWS = 3;
const UNICODE_BMP = 1;

/** The index of the face whose family name (Windows platform, any language) is `family`; -1 when none. */
export function faceIndexOf(font: Uint8Array, family: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const offsets = tag(font, 0) === 'ttcf' ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + 4 * i)) : [0];
  return offsets.findIndex((offset) => faceFamilies(font, view, offset).includes(family));
}

function tag(font: Uint8Array, at: number): string {
  return String.fromCharCode(font[at], font[at + 1], font[at + 2], font[at + 3]);
}

/** The family names of the face whose table directory starts at `offset`. */
function faceFamilies(font: Uint8Array, view: DataView, offset: number): string[] {
  const tables = view.getUint16(offset + 4);
  for (let t = 0; t < tables; t++) {
    const record = offset + 12 + 16 * t;
    if (tag(font, record) === 'name') return familyNames(view, view.getUint32(record + 8));
  }
  return [];
}

function familyNames(view: DataView, table: number): string[] {
  const count = view.getUint16(table + 2);
  const strings = table + view.getUint16(table + 4);
  const names: string[] = [];
  for (let r = 0; r < count; r++) {
    const record = table + 6 + 12 * r;
    const [platform, encoding, , nameId, length, at] = [0, 2, 4, 6, 8, 10].map((k) => view.getUint16(record + k));
    if (platform !== WINDOWS || encoding !== UNICODE_BMP || !FAMILY_NAME_IDS.includes(nameId)) continue;
    const units = Array.from({ length: length / 2 }, (_, i) => view.getUint16(strings + at + 2 * i));
    names.push(String.fromCharCode(...units));
  }
  return names;
}
