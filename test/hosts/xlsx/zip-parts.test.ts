/**
 * ZipParts reads each part from its local header: stored and deflated parts, data
 * descriptors, parts deflated by JSZip and by Node's own zlib; refuses encrypted parts,
 * unknown methods and headers that point nowhere. Run with both inflaters: Node's zlib (the
 * command line) and the JavaScript one the browser build swaps in (webpack.config.js).
 */
import JSZip from 'jszip';
import { deflateRawSync } from 'zlib';
import { readZipDirectory } from '../../../src/hosts/xlsx/zip-directory';
import { ZipParts, ZipRefusal } from '../../../src/hosts/xlsx/zip-parts';
import * as nodeInflate from '../../../src/hosts/xlsx/zip-inflate';
import * as browserInflate from '../../../src/hosts/xlsx/zip-inflate.browser';

jest.mock('../../../src/hosts/xlsx/zip-inflate', () => {
  const actual = jest.requireActual('../../../src/hosts/xlsx/zip-inflate');
  return { inflateWhole: jest.fn(actual.inflateWhole) };
});
const inflateWhole = nodeInflate.inflateWhole as jest.MockedFunction<typeof nodeInflate.inflateWhole>;
const realNode = jest.requireActual('../../../src/hosts/xlsx/zip-inflate') as typeof nodeInflate;

const TEXT = Array.from({ length: 4000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c></row>`).join('');

async function zipOf(options: JSZip.JSZipGeneratorOptions<'uint8array'>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('xl/sheet.xml', TEXT);
  zip.file('xl/中文.xml', '汉字');
  zip.folder('empty');
  return zip.generateAsync({ ...options, type: 'uint8array' });
}

describe.each([
  ['Node zlib', realNode.inflateWhole],
  ['browser inflater', browserInflate.inflateWhole],
])('ZipParts with the %s', (_name, inflater) => {
  beforeEach(() => inflateWhole.mockImplementation(inflater));

  it.each([
    ['deflated', { compression: 'DEFLATE' as const }],
    ['stored', { compression: 'STORE' as const }],
    ['deflated with data descriptors', { compression: 'DEFLATE' as const, streamFiles: true }],
  ])('reads %s parts byte for byte, and lists files without folders', async (_kind, options) => {
    const parts = await ZipParts.open(await zipOf(options));
    expect(parts.names()).toEqual(['xl/sheet.xml', 'xl/中文.xml']);
    expect(await parts.text('xl/sheet.xml')).toBe(TEXT);
    expect(await parts.text('xl/中文.xml')).toBe('汉字');
    expect(parts.has('empty/')).toBe(false);
    expect(await parts.read('absent.xml')).toBeUndefined();
  });

  it('gives a peek the first pieces only and the whole part afterwards', async () => {
    const parts = await ZipParts.open(await zipOf({ compression: 'DEFLATE' }));
    const head = await parts.read('xl/sheet.xml', (_pieces, length) => length >= 100);
    expect(head!.length).toBeLessThan(TEXT.length);
    expect(new TextDecoder().decode(head!)).toBe(TEXT.slice(0, head!.length));
    expect((await parts.read('xl/sheet.xml'))!.length).toBe(TEXT.length);
  });

  it('says a part whose deflated data is broken is damaged, naming the part', async () => {
    const zip = new JSZip();
    zip.file('a.xml', 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    // Rewrite the method to deflate (8) in the central directory: "x" is not valid DEFLATE.
    const view = new DataView(bytes.buffer);
    for (let at = 0; at + 4 <= bytes.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 10, 8, true);
    const parts = await ZipParts.open(bytes);
    const err = await parts.read('a.xml').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipRefusal);
    expect((err as ZipRefusal).reason).toBe('damaged');
    expect((err as ZipRefusal).part).toBe('a.xml');
  });
});

describe('ZipParts local headers', () => {
  beforeEach(() => inflateWhole.mockImplementation(realNode.inflateWhole));

  it('reads a part deflated by another writer (Node zlib, not JSZip)', async () => {
    const zip = new JSZip();
    zip.file('a.xml', deflateRawSync(Buffer.from(TEXT)), { binary: true, compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const view = new DataView(bytes.buffer);
    // Mark the entry deflated with its true size in both headers, as a DEFLATE writer would.
    for (let at = 0; at + 4 <= bytes.length; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x02014b50) {
        view.setUint16(at + 10, 8, true);
        view.setUint32(at + 24, TEXT.length, true);
      }
    }
    expect(await (await ZipParts.open(bytes)).text('a.xml')).toBe(TEXT);
  });

  it('refuses a part whose local header is not where the directory points, as damaged', async () => {
    const bytes = await zipOf({ compression: 'DEFLATE' });
    const entry = readZipDirectory(bytes)!.find((e) => e.name === 'xl/sheet.xml')!;
    bytes[entry.localOffset] = 0;
    await expectDamaged((await ZipParts.open(bytes)).read('xl/sheet.xml'));
  });

  it('refuses an encrypted part as damaged (the directory flags bit 0)', async () => {
    const bytes = await zipOf({ compression: 'DEFLATE' });
    const view = new DataView(bytes.buffer);
    for (let at = 0; at + 4 <= bytes.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true);
    await expectDamaged((await ZipParts.open(bytes)).read('xl/sheet.xml'));
  });
});

async function expectDamaged(read: Promise<unknown>): Promise<void> {
  const err = await read.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZipRefusal);
  expect((err as ZipRefusal).reason).toBe('damaged');
  expect((err as ZipRefusal).part).toBe('xl/sheet.xml');
}
