/**
 * Writes the add-in's icons (assets/icons/icon-{16,32,64,80}.png): a blue rounded square
 * holding a small white table with a green check mark. Drawn from shapes with 4×4
 * supersampling and encoded with a tiny PNG writer over zlib, so no image package is needed.
 * Run with `npx tsx scripts/make-icons.ts`; the outputs are committed, never hand-edited.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { deflateSync } from 'zlib';

const OUT = resolve(__dirname, '..', 'assets', 'icons');
export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];

const BLUE: Rgba = [15, 108, 189, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const LINE: Rgba = [15, 108, 189, 255];
const GREEN: Rgba = [16, 124, 16, 255];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encode RGBA pixels (row-major, 4 bytes each) as a PNG: colour type 6, no filtering. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside a rounded rectangle (unit coordinates 0..1). */
function inRoundedRect(x: number, y: number, left: number, top: number, right: number, bottom: number, r: number): boolean {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The colour at a point of the icon, or null for transparent. Small sizes drop the table lines. */
function shade(x: number, y: number, size: number): Rgba | null {
  const check = Math.min(segmentDistance(x, y, 0.42, 0.66, 0.56, 0.8), segmentDistance(x, y, 0.56, 0.8, 0.86, 0.42));
  if (check < (size <= 16 ? 0.085 : 0.07)) return GREEN;
  if (check < (size <= 16 ? 0.15 : 0.12)) return WHITE;
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return null;
  const inSheet = inRoundedRect(x, y, 0.16, 0.18, 0.84, 0.82, 0.05);
  if (!inSheet) return BLUE;
  if (size > 16) {
    const line = 0.035;
    const rows = [0.34, 0.5, 0.66];
    if (rows.some((r) => Math.abs(y - r) < line / 2)) return LINE;
    if (Math.abs(x - 0.38) < line / 2) return LINE;
  }
  return WHITE;
}

/** Render one icon size with 4×4 samples per pixel. */
export function renderIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixels;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = encodePng(size, size, renderIcon(size));
    writeFileSync(join(OUT, `icon-${size}.png`), png);
    console.log(`icon-${size}.png: ${png.length} bytes`);
  }
}

if (require.main === module) main();
