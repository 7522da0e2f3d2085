import { readdir, stat } from 'fs/promises';
import { join } from 'path';

/** Excel's lock file of an open workbook (~$name.xlsx) is not a workbook. */
const isWorkbook = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && isWorkbook(e.name)) out.push(path);
  }
}

/**
 * The files `juesuan check` is given: a folder stands for every .xlsx under it (recursively,
 * in name order, hidden folders and Excel's lock files left out); anything else is kept as
 * given, so a missing file is reported as unreadable in its turn.
 * @returns the files, and a Chinese note for each folder that holds no workbook
 */
export async function expandInputs(paths: string[]): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(p);
      continue;
    }
    const found: string[] = [];
    await walk(p, found);
    if (found.length === 0) empty.push(`文件夹“${p}”中没有 .xlsx 文件。`);
    files.push(...found);
  }
  return { files, empty };
}
