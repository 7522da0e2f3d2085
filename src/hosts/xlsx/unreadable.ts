/**
 * The Chinese messages for workbooks that cannot be read, one builder per cause. Each
 * names the file and tells the user what to do next.
 */
import { describeLocation, WorkbookUnreadableError } from '../../core/errors';
import type { FileKind } from './signature';
import { megabytes, ZIP_LIMITS } from './zip-limits';

const SAVE_AS_XLSX = '请在 Excel 中打开它，选择“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”后再试。';

function unreadable(file: string, problem: string): WorkbookUnreadableError {
  return new WorkbookUnreadableError(`${describeLocation({ file })}${problem}`, { file });
}

export function fileMissing(file: string): WorkbookUnreadableError {
  return unreadable(file, '不存在，请检查文件路径和文件名。');
}

export function fileIsDirectory(file: string): WorkbookUnreadableError {
  return unreadable(file, '不存在：这是一个文件夹，不是 .xlsx 工作簿文件。');
}

export function fileNotPermitted(file: string): WorkbookUnreadableError {
  return unreadable(file, '无法打开：没有读取权限。请检查文件权限，或先关闭正在占用它的程序。');
}

export function fileNotReadable(file: string): WorkbookUnreadableError {
  return unreadable(file, '无法读取，请确认文件存在且可以打开。');
}

export function fileEmpty(file: string): WorkbookUnreadableError {
  return unreadable(file, '是空文件（0 字节），不是有效的 .xlsx 工作簿。请重新导出或复制该文件。');
}

export function oldXlsFormat(file: string): WorkbookUnreadableError {
  return unreadable(file, `是旧版 Excel 97-2003 格式（.xls），本工具只能读取 .xlsx 工作簿。${SAVE_AS_XLSX}`);
}

export function passwordProtected(file: string): WorkbookUnreadableError {
  return unreadable(
    file,
    '设有打开密码（已加密），无法读取。请先在 Excel 中打开，选择“文件 → 信息 → 保护工作簿 → 用密码进行加密”，删除密码并保存后再试。',
  );
}

const KIND_NAMES: Partial<Record<FileKind, string>> = {
  pdf: 'PDF 文档',
  image: '图片',
  html: '网页（HTML）文件',
  'xml-spreadsheet': 'XML 表格（Excel 2003 XML）文件',
  text: '文本文件',
};

/** The data is no zip at all: a PDF, an image, text, random bytes. */
export function notAnXlsx(file: string, kind: FileKind): WorkbookUnreadableError {
  const name = KIND_NAMES[kind];
  const what = name ? `看起来是${name}` : '内容无法识别';
  const fix = kind === 'html' || kind === 'xml-spreadsheet' ? SAVE_AS_XLSX : '请确认选择的是 Excel 工作簿（.xlsx）。';
  return unreadable(file, `不是 .xlsx 工作簿（${what}）。${fix}`);
}

/** A valid zip without xl/workbook.xml: a .docx, .pptx, or an ordinary archive. */
export function zipNotWorkbook(file: string): WorkbookUnreadableError {
  return unreadable(
    file,
    '不是 .xlsx 工作簿：它是一个压缩包，但其中没有 Excel 工作簿内容（可能是 Word、PowerPoint 文档或普通压缩文件）。请确认选择的是 Excel 工作簿（.xlsx）。',
  );
}

export function damaged(file: string): WorkbookUnreadableError {
  return unreadable(
    file,
    '已损坏或不完整，不能作为 .xlsx 工作簿读取。请在 Excel 中打开（必要时用“打开并修复”），另存为 .xlsx 后再试，或重新获取该文件。',
  );
}

export function noWorksheets(file: string): WorkbookUnreadableError {
  return unreadable(file, '中没有任何工作表，无法读取。');
}

export function sheetPartMissing(file: string, sheet: string): WorkbookUnreadableError {
  return unreadable(file, `已损坏：工作簿列出了工作表“${sheet}”，但文件中没有它的内容，无法读取该表。请在 Excel 中打开（必要时用“打开并修复”），另存为 .xlsx 后再试。`);
}

export function sheetUnreadable(file: string, sheet: string): WorkbookUnreadableError {
  return unreadable(file, `中的工作表“${sheet}”无法读取（其内容格式无法识别）。请在 Excel 中打开，另存为 .xlsx 后再试。`);
}

const LIMIT_ADVICE = `正常的决算工作簿解压后只有几 MB 到几十 MB；请确认文件来源，或删除与决算无关的大型工作表后另存再试。`;

export function partTooLarge(file: string, part: string, size: number): WorkbookUnreadableError {
  return unreadable(file, `解压后过大，已拒绝读取：其中的“${part}”超过 ${megabytes(size)}（上限 ${megabytes(ZIP_LIMITS.part)}）。${LIMIT_ADVICE}`);
}

export function totalTooLarge(file: string, size: number): WorkbookUnreadableError {
  return unreadable(file, `解压后过大，已拒绝读取：全部内容超过 ${megabytes(size)}（上限 ${megabytes(ZIP_LIMITS.total)}）。${LIMIT_ADVICE}`);
}
