import JSZip from 'jszip';
import { WorkbookUnreadableError } from '../../../src/core/errors';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { readZipDirectory } from '../../../src/hosts/xlsx/zip-directory';
import { ZIP_LIMITS } from '../../../src/hosts/xlsx/zip-limits';
import { ZipParts, ZipRefusal } from '../../../src/hosts/xlsx/zip-parts';
import { oneSheet } from './factories';
import { declareSize } from './zip-bytes';

async function refusal(p: Promise<unknown>): Promise<ZipRefusal> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ZipRefusal);
    return e as ZipRefusal;
  }
  throw new Error('expected a ZipRefusal');
}

describe('zip size caps', () => {
  it('reads the declared sizes from the central directory', async () => {
    const zip = new JSZip();
    zip.file('a.xml', 'x'.repeat(5000));
    zip.file('b/c.xml', '中文');
    const entries = readZipDirectory(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(entries?.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.xml', 5000],
      ['b/', 0],
      ['b/c.xml', 6],
    ]);
    expect(entries![0].compressedSize).toBeLessThan(100);
  });

  it('gives no directory for bytes that are not a whole zip', () => {
    expect(readZipDirectory(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeUndefined();
  });

  it('refuses a workbook whose directory declares a part beyond the cap, naming the part and the cap', async () => {
    const bomb = declareSize(await oneSheet((ws) => (ws.getCell('A1').value = 1)), 'xl/worksheets/sheet1.xml', 2_400_000_000);
    const err = await readWorkbookBuffer(bomb, '炸弹.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookUnreadableError);
    expect((err as Error).message).toBe(
      '文件“炸弹.xlsx”解压后过大，已拒绝读取：其中的“xl/worksheets/sheet1.xml”超过 2289 MB（上限 256 MB）。正常的决算工作簿解压后只有几 MB 到几十 MB；请确认文件来源，或删除与决算无关的大型工作表后另存再试。',
    );
  });

  it('refuses a total beyond the cap even when each part is within it', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 3; i++) zip.file(`p${i}.xml`, 'x');
    let bytes = await zip.generateAsync({ type: 'uint8array' });
    for (let i = 0; i < 3; i++) bytes = declareSize(bytes, `p${i}.xml`, ZIP_LIMITS.part);
    expect((await refusal(ZipParts.open(bytes))).reason).toBe('total-too-large');
  });

  it('stops inflating a part that outgrows the size its directory declares (a bomb that lies)', async () => {
    const zip = new JSZip();
    zip.file('big.xml', '0'.repeat(2_000_000));
    const lying = declareSize(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'big.xml', 10);
    const parts = await ZipParts.open(lying);
    const r = await refusal(parts.read('big.xml'));
    expect(r.reason).toBe('damaged');
    expect(r.part).toBe('big.xml');
    // It stopped at the first chunk, not at the end of the part.
    expect(r.size).toBeLessThan(2_000_000);
  });

  it('says a workbook whose directory lies is damaged', async () => {
    const honest = await oneSheet((ws) => (ws.getCell('A1').value = 1));
    const err = await readWorkbookBuffer(declareSize(honest, 'xl/worksheets/sheet1.xml', 5), '伪造.xlsx').catch((e: unknown) => e);
    expect((err as Error).message).toContain('文件“伪造.xlsx”已损坏或不完整');
  });

  it('refuses by the directory’s total before reading, and reads within the caps', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '1'.repeat(30_000));
    zip.file('b.xml', '2'.repeat(30_000));
    const parts = await ZipParts.open(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), { part: 40_000, total: 50_000 }).catch(() => undefined);
    // The directory already says 60,000 > 50,000.
    expect(parts).toBeUndefined();
    const ok = await ZipParts.open(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), { part: 40_000, total: 70_000 });
    expect((await ok.read('a.xml'))?.length).toBe(30_000);
    expect(await ok.text('b.xml')).toBe('2'.repeat(30_000));
  });

  it('counts a part read again in full once (the direct reader, then ExcelJS), and a part read twice still within its cap', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '1'.repeat(30_000));
    zip.file('b.xml', '2'.repeat(30_000));
    const parts = await ZipParts.open(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), { part: 40_000, total: 70_000 });
    await parts.read('a.xml');
    await parts.read('b.xml');
    expect((await parts.read('a.xml'))?.length).toBe(30_000);
    expect((await parts.read('b.xml'))?.length).toBe(30_000);
  });

  it('stops a peek as soon as it has enough', async () => {
    const zip = new JSZip();
    zip.file('big.xml', 'y'.repeat(3_000_000));
    const parts = await ZipParts.open(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const head = await parts.read('big.xml', (_chunks, length) => length >= 1000);
    expect(head!.length).toBeGreaterThanOrEqual(1000);
    expect(head!.length).toBeLessThan(3_000_000);
  });
});
