import { mkdir, writeFile } from 'fs/promises';
import { join, resolve } from 'path';
import { checkCommand } from './check-command';
import { CliIO } from './io';

/** The bundled sample workbooks: this year's file with last year's as its prior. */
export const SAMPLE_DIR = resolve(__dirname, '..', '..', 'assets', 'samples');
export const SAMPLE_PAIRS = [
  { name: 'national', current: 'national-2024.xlsx', prior: 'national-2023.xlsx' },
  { name: 'sichuan', current: 'sichuan-2024.xlsx', prior: 'sichuan-2023.xlsx' },
] as const;

/**
 * `juesuan demo [--out DIR]`: checks each bundled sample against last year's sample and
 * prints the reports; with --out, also writes each report as JSON into DIR.
 */
export async function demoCommand(out: string | undefined, io: CliIO): Promise<number> {
  let worst = 0;
  for (const pair of SAMPLE_PAIRS) {
    const current = join(SAMPLE_DIR, pair.current);
    const prior = join(SAMPLE_DIR, pair.prior);
    io.out(`== 示例：${pair.current}（上年：${pair.prior}）==\n`);
    worst = Math.max(worst, await checkCommand({ files: [current], prior, rules: [], json: false, all: false }, io));
    if (out) {
      await mkdir(out, { recursive: true });
      let json = '';
      await checkCommand({ files: [current], prior, rules: [], json: true, all: false }, { out: (t) => (json += t), err: io.err });
      const target = join(out, `${pair.name}-check.json`);
      await writeFile(target, json, 'utf8');
      io.out(`已写出 ${target}\n`);
    }
    io.out('\n');
  }
  return worst;
}
