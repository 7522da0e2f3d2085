import { mkdir, stat, writeFile } from 'fs/promises';
import { dirname, join, resolve } from 'path';
import { JuesuanError } from '../core/errors';

/** An output path (--out) that cannot be written; the message says why and what to do. */
export class OutputFileError extends JuesuanError {}

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

/** The nearest ancestor of `path` that exists and is not a folder, if any. */
async function fileInTheWay(path: string): Promise<string | undefined> {
  for (let p = dirname(resolve(path)); p !== dirname(p); p = dirname(p)) {
    const info = await stat(p).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : p;
  }
  return undefined;
}

/** The problems both files and folders can have, or undefined for another error. */
function commonProblem(path: string, code: string): OutputFileError | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new OutputFileError(`无法写入“${path}”：没有写入权限（或是只读的位置）。请换一个可以写入的文件夹，或检查该位置的权限。`, { file: path });
    case 'EBUSY':
    case 'ETXTBSY':
      return new OutputFileError(`无法写入“${path}”：它正被其他程序占用（例如在 Word 中打开着）。请关闭后重试。`, { file: path });
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputFileError(`无法写入“${path}”：磁盘空间不足。请清理磁盘或换一个位置。`, { file: path });
    case 'ENAMETOOLONG':
      return new OutputFileError(`无法写入“${path}”：路径过长。请换一个较短的路径。`, { file: path });
    default:
      return undefined;
  }
}

async function fileProblem(path: string, err: unknown, example: string): Promise<OutputFileError> {
  const code = codeOf(err);
  if (code === 'EISDIR') {
    return new OutputFileError(`无法写入“${path}”：这是一个已有的文件夹。请在 --out 中给出文件名，例如“${join(path, example)}”。`, { file: path });
  }
  if (code === 'ENOENT') {
    return new OutputFileError(`无法写入“${path}”：文件夹“${dirname(path)}”不存在。请先创建该文件夹，或换一个已有的文件夹。`, { file: path });
  }
  if (code === 'ENOTDIR') {
    const blocker = await fileInTheWay(path);
    return new OutputFileError(`无法写入“${path}”：路径中的“${blocker ?? dirname(path)}”是文件，不是文件夹。请检查 --out 的路径。`, { file: path });
  }
  return commonProblem(path, code) ?? new OutputFileError(`无法写入“${path}”（${code || String(err)}）。请检查 --out 的路径。`, { file: path });
}

/**
 * Write an output file the user named with --out.
 * @param example a file name suggested when `path` is a folder ("决算情况说明.docx")
 * @throws OutputFileError naming the path, why it cannot be written and what to do
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, example: string): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (e) {
    throw await fileProblem(path, e, example);
  }
}

/**
 * Create the output folder the user named with --out (and its parents) when missing.
 * @throws OutputFileError when it is a file, or cannot be created
 */
export async function makeOutputDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    const code = codeOf(e);
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      const blocker = (await stat(path).catch(() => undefined))?.isFile() ? path : await fileInTheWay(path);
      throw new OutputFileError(`无法在“${path}”中写出文件：“${blocker ?? path}”是文件，不是文件夹。请在 --out 中给出一个文件夹。`, { file: path });
    }
    throw commonProblem(path, code) ?? new OutputFileError(`无法创建文件夹“${path}”（${code || String(e)}）。请检查 --out 的路径。`, { file: path });
  }
}
