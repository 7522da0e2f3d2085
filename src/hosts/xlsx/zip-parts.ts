/**
 * The parts of an .xlsx, opened once: sizes checked against ZIP_LIMITS from the central
 * directory before anything is inflated; then only the parts asked for are inflated, each
 * straight from its local header, and never past the size the directory declared (a
 * forged directory is refused as damaged) nor past the caps. Whole parts go through
 * zip-inflate.ts (Node's zlib; the browser build swaps in a JavaScript inflater), the
 * first rows of a big sheet through zip-stream.ts, which stops as soon as it has them.
 */
import { ZIP_LIMITS, ZipLimits } from './zip-limits';
import { readZipDirectory, ZipEntry } from './zip-directory';
import { inflateWhole } from './zip-inflate';
import { inflateAtMost } from './zip-stream';

/** Why a zip was refused; read-buffer.ts turns it into the user's message. */
export class ZipRefusal extends Error {
  constructor(
    readonly reason: 'damaged' | 'part-too-large' | 'total-too-large',
    readonly part = '',
    readonly size = 0,
  ) {
    super(reason);
  }
}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 1;

export class ZipParts {
  private inflated = 0;
  /** Parts inflated in full once: reading one again (the fallback to ExcelJS) does not count twice. */
  private readonly counted = new Set<string>();

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  /**
   * Check the directory.
   * @throws ZipRefusal when the directory cannot be read or declares a part or a total
   *   beyond the limits.
   */
  static async open(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<ZipParts> {
    const directory = readZipDirectory(bytes);
    if (!directory) throw new ZipRefusal('damaged');
    let total = 0;
    const entries = new Map<string, ZipEntry>();
    for (const e of directory) {
      if (e.uncompressedSize > limits.part) throw new ZipRefusal('part-too-large', e.name, e.uncompressedSize);
      total += e.uncompressedSize;
      if (!e.name.endsWith('/') && !entries.has(e.name)) entries.set(e.name, e);
    }
    if (total > limits.total) throw new ZipRefusal('total-too-large', '', total);
    return new ZipParts(bytes, entries, limits);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Names of the files (not folders) in the zip, in directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * A part's bytes, or undefined when it is absent. With `enough`, inflation stops as soon as
   * it returns true for the bytes so far (a peek at the first rows of a big sheet).
   * @throws ZipRefusal when the part cannot be read, inflates beyond its declared size, or
   *   beyond the total cap.
   */
  async read(path: string, enough?: (soFar: Uint8Array[], length: number) => boolean): Promise<Uint8Array | undefined> {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    const data = this.compressed(entry);
    const max = Math.min(entry.uncompressedSize, this.limits.part);
    let out: Uint8Array | undefined;
    try {
      if (entry.method === STORED) out = data;
      else if (!enough) out = inflateWhole(data, max);
      else out = inflateAtMost(data, max, enough);
    } catch {
      throw new ZipRefusal('damaged', path);
    }
    // More than the directory says is a forgery (a zip bomb that lies): refused at once.
    if (!out || out.length > max) throw new ZipRefusal('damaged', path, out?.length ?? max + 1);
    if (!this.counted.has(path)) {
      this.inflated += out.length;
      if (this.inflated > this.limits.total) throw new ZipRefusal('total-too-large', '', this.inflated);
      if (!enough || out.length === entry.uncompressedSize) this.counted.add(path);
    }
    return out;
  }

  /** A part as UTF-8 text (XML parts of an .xlsx are UTF-8), or undefined when absent. */
  async text(path: string): Promise<string | undefined> {
    const bytes = await this.read(path);
    return bytes && new TextDecoder('utf-8').decode(bytes);
  }

  /** The part's compressed bytes, found through its local header (APPNOTE 4.3.7). */
  private compressed(entry: ZipEntry): Uint8Array {
    const at = entry.localOffset;
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const readable = (entry.method === STORED || entry.method === DEFLATED) && !(entry.flags & ENCRYPTED);
    if (!readable || at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipRefusal('damaged', entry.name);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > view.byteLength) throw new ZipRefusal('damaged', entry.name);
    return this.bytes.subarray(start, end);
  }
}
