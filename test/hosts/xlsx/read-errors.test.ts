import fsSync, { promises as fs } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { WorkbookUnreadableError } from '../../../src/core/errors';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { readWorkbookFile } from '../../../src/hosts/xlsx/read-file';
import { fakeOle, oneSheet, tempDir, utf16le, xlsxBytes } from './factories';

/** Run `read` and return the WorkbookUnreadableError it must throw. */
async function unreadable(read: () => Promise<unknown>): Promise<WorkbookUnreadableError> {
  try {
    await read();
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookUnreadableError);
    return err as WorkbookUnreadableError;
  }
  throw new Error('expected WorkbookUnreadableError, nothing was thrown');
}

function bufferError(bytes: Uint8Array, name = '决算.xlsx'): Promise<WorkbookUnreadableError> {
  return unreadable(() => readWorkbookBuffer(bytes, name));
}

async function zipBytes(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('readWorkbookBuffer: inputs that are not readable workbooks', () => {
  it('says an empty file is empty', async () => {
    const err = await bufferError(new Uint8Array(0));
    expect(err.message).toContain('文件“决算.xlsx”是空文件');
    expect(err.file).toBe('决算.xlsx');
  });

  it('says a text file is not an .xlsx', async () => {
    const err = await bufferError(new TextEncoder().encode('项目,金额\n合计,100\n'), 'a.xlsx');
    expect(err.message).toMatch(/^文件“a\.xlsx”不是 \.xlsx 工作簿（看起来是文本文件）/);
  });

  it('says a PNG or a PDF is not an .xlsx, and names the kind', async () => {
    expect((await bufferError(PNG_BYTES, 'p.xlsx')).message).toContain('文件“p.xlsx”不是 .xlsx 工作簿（看起来是图片）');
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj');
    expect((await bufferError(pdf, 'd.xlsx')).message).toContain('看起来是PDF 文档');
  });

  it('says random bytes are not an .xlsx', async () => {
    const err = await bufferError(Uint8Array.from([0x00, 0x01, 0xfe, 0x42, 0x99, 0x00, 0x13]), 'r.bin');
    expect(err.message).toContain('文件“r.bin”不是 .xlsx 工作簿（内容无法识别）');
  });

  it('tells how to convert an HTML table saved as .xls', async () => {
    const err = await bufferError(new TextEncoder().encode('<html><body><table><tr><td>1</td></tr></table>'), 'h.xls');
    expect(err.message).toContain('看起来是网页（HTML）文件');
    expect(err.message).toContain('另存为');
  });

  it('tells the user to save an old .xls as .xlsx', async () => {
    const err = await bufferError(fakeOle(utf16le('Workbook')), '2023年决算.xls');
    expect(err.message).toContain('文件“2023年决算.xls”是旧版 Excel 97-2003 格式（.xls）');
    expect(err.message).toContain('Excel 工作簿 (*.xlsx)');
  });

  it('says a password-protected workbook must have its password removed', async () => {
    const err = await bufferError(fakeOle(utf16le('EncryptionInfo')), '加密.xlsx');
    expect(err.message).toContain('文件“加密.xlsx”设有打开密码');
    expect(err.message).toContain('删除密码');
  });

  it('says a zip without xl/workbook.xml is not a workbook', async () => {
    const bytes = await zipBytes({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const err = await bufferError(bytes, '报告.docx');
    expect(err.message).toContain('文件“报告.docx”不是 .xlsx 工作簿：它是一个压缩包');
  });

  it('says a truncated workbook is damaged', async () => {
    const whole = await oneSheet((ws) => {
      for (let r = 1; r <= 50; r++) ws.getRow(r).values = [r, `第${r}行`];
    });
    const err = await bufferError(whole.subarray(0, Math.floor(whole.length / 2)), '半截.xlsx');
    expect(err.message).toContain('文件“半截.xlsx”已损坏或不完整');
  });

  it('says a workbook part that is not XML makes the file damaged', async () => {
    const whole = await oneSheet((ws) => {
      ws.getCell('A1').value = 1;
    });
    const zip = await JSZip.loadAsync(whole);
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>');
    zip.file('xl/workbook.xml', '<<< not xml');
    const err = await bufferError(await zip.generateAsync({ type: 'uint8array' }), 'bad.xlsx');
    expect(err.message).toContain('文件“bad.xlsx”已损坏或不完整');
  });

  it('says a workbook without worksheets has none', async () => {
    const err = await bufferError(await xlsxBytes(() => undefined), '空簿.xlsx');
    expect(err.message).toBe('文件“空簿.xlsx”中没有任何工作表，无法读取。');
  });
});

describe('readWorkbookFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads a workbook from a path and reports the path as given', async () => {
    const file = path.join(dir, '部门决算.xlsx');
    await fs.writeFile(file, await oneSheet((ws) => (ws.getCell('B2').value = 7)));
    const source = await readWorkbookFile(file);
    expect(source.file).toBe(file);
    expect(source.sheets[0].cells[1][1]).toEqual({ value: 7 });
  });

  it('says a missing file does not exist', async () => {
    const file = path.join(dir, '没有这个文件.xlsx');
    const err = await unreadable(() => readWorkbookFile(file));
    expect(err.message).toBe(`文件“${file}”不存在，请检查文件路径和文件名。`);
    expect(err.file).toBe(file);
  });

  it('says a folder is not a workbook', async () => {
    const err = await unreadable(() => readWorkbookFile(dir));
    expect(err.message).toContain(`文件“${dir}”不存在：这是一个文件夹`);
  });

  it('says an empty file on disk is empty', async () => {
    const file = path.join(dir, 'empty.xlsx');
    await fs.writeFile(file, '');
    expect((await unreadable(() => readWorkbookFile(file))).message).toContain(`文件“${file}”是空文件`);
  });

  it('says a text file on disk is not an .xlsx', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, 'just some notes\n');
    expect((await unreadable(() => readWorkbookFile(file))).message).toContain(`文件“${file}”不是 .xlsx 工作簿`);
  });

  it('says a file without read permission cannot be opened', async () => {
    // Tests may run as root, where chmod 000 does not stop reading: simulate the refusal.
    const file = path.join(dir, 'locked.xlsx');
    await fs.writeFile(file, await oneSheet((ws) => (ws.getCell('A1').value = 1)));
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    // The file is read at once (read-file.ts), not through the promise API.
    const spy = jest.spyOn(fsSync, 'readFileSync').mockImplementationOnce(() => {
      throw denied;
    });
    try {
      const err = await unreadable(() => readWorkbookFile(file));
      expect(err.message).toBe(`文件“${file}”无法打开：没有读取权限。请检查文件权限，或先关闭正在占用它的程序。`);
    } finally {
      spy.mockRestore();
    }
  });
});
