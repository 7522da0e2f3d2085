/**
 * The zip's central directory, read from the bytes without inflating anything: each part's
 * name and declared sizes, so that a workbook that would inflate beyond ZIP_LIMITS is
 * refused before any memory is spent on it. Browser-safe (no Node built-ins).
 */

/** One part as the central directory declares it. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated; any other method (or encryption) cannot be read. */
  method: number;
  /** General-purpose flags; bit 0 is encryption. */
  flags: number;
  /** Where the part's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;
const FFFF = 0xffff;
const FFFFFFFF = 0xffffffff;

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** Offset of the end-of-central-directory record (searched from the end, past a comment). */
function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Where the directory starts and how many entries it has, from the zip64 record when used. */
function directoryBounds(view: DataView, eocd: number): { offset: number; count: number } | undefined {
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === FFFF || offset === FFFFFFFF) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
    const record = u64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  return { offset, count };
}

/** Sizes and offset a zip64 extra field holds for the fields set to 0xFFFFFFFF (in the order APPNOTE 4.5.3 gives). */
function zip64Sizes(view: DataView, extra: number, end: number, entry: ZipEntry): void {
  for (let at = extra; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      if (entry.uncompressedSize === FFFFFFFF && p + 8 <= end) {
        entry.uncompressedSize = u64(view, p);
        p += 8;
      }
      if (entry.compressedSize === FFFFFFFF && p + 8 <= end) {
        entry.compressedSize = u64(view, p);
        p += 8;
      }
      if (entry.localOffset === FFFFFFFF && p + 8 <= end) entry.localOffset = u64(view, p);
      return;
    }
    at += 4 + size;
  }
}

/**
 * The entries of the central directory, or undefined when it cannot be found or read (a
 * cut-short or damaged file: the caller reports it as damaged).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return undefined;
  const bounds = directoryBounds(view, eocd);
  if (!bounds) return undefined;
  const names = new TextDecoder('utf-8');
  const out: ZipEntry[] = [];
  let at = bounds.offset;
  for (let i = 0; i < bounds.count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength;
    if (end > view.byteLength) return undefined;
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      localOffset: view.getUint32(at + 42, true),
    };
    zip64Sizes(view, at + 46 + nameLength, end, entry);
    out.push(entry);
    at = end + commentLength;
  }
  return out;
}
