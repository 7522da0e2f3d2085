/** Small builders of .xlsx bytes for the reader tests. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';

/** Build a workbook with `fill`, and return its .xlsx bytes. */
export async function xlsxBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** One sheet named "Sheet1" filled by `fill`. */
export function oneSheet(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  return xlsxBytes((wb) => fill(wb.addWorksheet('Sheet1')));
}

/** A fresh temp folder for file-path tests. */
export function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-xlsx-'));
}

/** The first 8 bytes of every OLE2 compound file (old .xls, encrypted .xlsx). */
export const CFB_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function utf16le(text: string): number[] {
  return Array.from(Buffer.from(text, 'utf16le'));
}

/** A fake OLE2 file: the CFB header, zero padding, then optional extra bytes. */
export function fakeOle(extra: number[] = []): Uint8Array {
  return Uint8Array.from([...CFB_HEADER, ...new Array(504).fill(0), ...extra, ...new Array(64).fill(0)]);
}
