/**
 * The parts of an .xlsx, opened once: sizes checked against ZIP_LIMITS from the central
 * directory before anything is inflated, then each part inflated as a stream that stops at
 * the cap, or as soon as it outgrows the size the directory declared (a forged directory). Browser-safe (JSZip only).
 */
import JSZip from 'jszip';
import { ZIP_LIMITS, ZipLimits } from './zip-limits';
import { readZipDirectory, ZipEntry } from './zip-directory';

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

/** JSZip's chunked reader of one part (zipObject.internalStream, not in its typings). */
interface ChunkStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', cb: () => void): ChunkStream;
  on(event: 'error', cb: (e: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export class ZipParts {
  private inflated = 0;
  /** Parts inflated in full once: reading one again (the fallback to ExcelJS) does not count twice. */
  private readonly counted = new Set<string>();

  private constructor(
    private readonly zip: JSZip,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  /**
   * Check the directory and open the zip.
   * @throws ZipRefusal when the directory cannot be read or declares a part or a total
   *   beyond the limits.
   */
  static async open(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<ZipParts> {
    const directory = readZipDirectory(bytes);
    if (!directory) throw new ZipRefusal('damaged');
    let total = 0;
    for (const e of directory) {
      if (e.uncompressedSize > limits.part) throw new ZipRefusal('part-too-large', e.name, e.uncompressedSize);
      total += e.uncompressedSize;
    }
    if (total > limits.total) throw new ZipRefusal('total-too-large', '', total);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw new ZipRefusal('damaged');
    }
    return new ZipParts(zip, new Map(directory.map((e) => [e.name, e])), limits);
  }

  has(path: string): boolean {
    const f = this.zip.file(path);
    return !!f && !f.dir;
  }

  /** Names of the files (not folders) in the zip, in directory order. */
  names(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  /**
   * A part's bytes, or undefined when it is absent. With `enough`, inflation stops as soon as
   * it returns true for the bytes so far (a peek at the first rows of a big sheet).
   * @throws ZipRefusal when the part inflates beyond its declared size's cap or the total cap.
   */
  read(path: string, enough?: (soFar: Uint8Array[], length: number) => boolean): Promise<Uint8Array | undefined> {
    const file = this.zip.file(path);
    if (!file || file.dir) return Promise.resolve(undefined);
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
    const declared = this.entries.get(path)?.uncompressedSize;
    const count = !this.counted.has(path);
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let length = 0;
      let done = false;
      const finish = (fail?: Error) => {
        if (done) return;
        done = true;
        stream.pause();
        if (fail) reject(fail);
        else resolve(concat(chunks, length));
      };
      stream
        .on('data', (chunk) => {
          if (done) return;
          length += chunk.length;
          if (count) this.inflated += chunk.length;
          // A part larger than the directory says is a forgery (a zip bomb that lies): stop
          // at once. The caps hold for what really comes out in any case.
          if (declared !== undefined && length > declared) return finish(new ZipRefusal('damaged', path, length));
          if (length > this.limits.part) return finish(new ZipRefusal('part-too-large', path, length));
          if (this.inflated > this.limits.total) return finish(new ZipRefusal('total-too-large', '', this.inflated));
          chunks.push(chunk);
          if (enough?.(chunks, length)) finish();
        })
        .on('error', () => finish(new ZipRefusal('damaged', path)))
        .on('end', () => {
          if (!done) this.counted.add(path);
          finish();
        })
        .resume();
    });
  }

  /** A part as UTF-8 text (XML parts of an .xlsx are UTF-8), or undefined when absent. */
  async text(path: string): Promise<string | undefined> {
    const bytes = await this.read(path);
    return bytes && new TextDecoder('utf-8').decode(bytes);
  }
}
