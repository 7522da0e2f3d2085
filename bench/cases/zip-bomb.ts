/**
 * Zip-bomb refusal (issue 16.6): a real .xlsx plus one part of 2.4 GB of zeros (a ~2.3 MB
 * file), once with the true size in its central directory and once with a forged small size.
 * Each is read by the CLI in a process of its own: time, peak memory and the message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createDeflateRaw } from 'zlib';
import JSZip from 'jszip';
import { buildFixture, writeXlsx } from '../../test/factories';
import { JUESUAN, measureNode } from '../process';
import { Table, mb, ms } from '../table';

const BOMB_BYTES = 2.4e9;
const CHUNK = 64 * 1024 * 1024;

/** 2.4 GB of zeros, raw-deflated (zlib in C: a few seconds). */
function deflatedZeros(): Promise<Buffer> {
  return new Promise((done, fail) => {
    const z = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    z.on('data', (d: Buffer) => out.push(d));
    z.on('end', () => done(Buffer.concat(out)));
    z.on('error', fail);
    const zeros = Buffer.alloc(CHUNK);
    let left = BOMB_BYTES;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(CHUNK, left);
        left -= n;
        if (!z.write(n === CHUNK ? zeros : zeros.subarray(0, n))) return z.once('drain', pump);
      }
      z.end();
    };
    pump();
  });
}

interface Entry {
  name: Buffer;
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
  declared: number;
}

/** A zip of the entries (no zip64: the bomb's 2.4 GB still fits in 32 bits). */
function zipOf(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    // The local header and the central one share these fields, 4 bytes further on in the latter.
    const header = (signature: number, length: number, at: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, at);
      b.writeUInt16LE(0x0800, at + 2);
      b.writeUInt16LE(e.method, at + 4);
      b.writeUInt32LE(e.crc >>> 0, at + 10);
      b.writeUInt32LE(e.data.length, at + 14);
      b.writeUInt32LE(e.declared, at + 18);
      b.writeUInt16LE(e.name.length, at + 22);
      return b;
    };
    const local = header(0x04034b50, 30, 4);
    const central = header(0x02014b50, 46, 6);
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.name, Buffer.from(e.data));
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The fixture's parts stored, plus the bomb declared as `declared` bytes. */
async function bombWorkbook(declared: number, bomb: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await writeXlsx(buildFixture({ template: 'national' }).sheets));
  const entries: Entry[] = [];
  const { crc32 } = await import('zlib');
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const data = await f.async('uint8array');
    entries.push({ name: Buffer.from(f.name), data, method: 0, crc: crc32(data), size: data.length, declared: data.length });
  }
  entries.push({ name: Buffer.from('xl/media/image1.png'), data: bomb, method: 8, crc: 0, size: BOMB_BYTES, declared });
  return zipOf(entries);
}

export async function benchZipBomb(): Promise<Table> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bomb-'));
  try {
    const bomb = await deflatedZeros();
    const rows: string[][] = [];
    for (const [label, declared] of [
      ['true size in the directory', BOMB_BYTES],
      ['forged size (1 KB) in the directory', 1024],
    ] as const) {
      const path = join(dir, `bomb-${declared}.xlsx`);
      const bytes = await bombWorkbook(declared, bomb);
      writeFileSync(path, bytes);
      const f = await measureNode([JUESUAN, 'check', path]);
      const message = /(解压后过大|已损坏)/.exec(f.stdout)?.[1] ?? f.stdout.slice(0, 60);
      rows.push([label, mb(bytes.length / 1024 / 1024), String(f.code), ms(f.wallMs), ms(f.cpuMs), mb(f.peakMb), message]);
    }
    return {
      title: 'Zip bomb: a fixture workbook plus one part of 2.4 GB of zeros, `juesuan check` in its own process',
      headers: ['directory', 'file MB', 'exit', 'wall ms', 'CPU ms', 'peak RSS MB', 'message'],
      rows,
      notes: ['Before the caps (docs/limits.md) the same file took 2.7 GB of memory. Peak RSS includes Node and ExcelJS loaded (~60–90 MB).'],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
