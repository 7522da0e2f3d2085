import { join, resolve } from 'path';
import { chartsCommand } from './charts-command';
import { checkCommand } from './check-command';
import { CliIO } from './io';
import { narrativeCommand } from './narrative-command';
import { makeOutputDir, writeOutputFile } from './out-files';

/** The bundled sample workbooks: this year's file with last year's as its prior. */
export const SAMPLE_DIR = resolve(__dirname, '..', '..', 'assets', 'samples');
export const SAMPLE_PAIRS = [
  { name: 'national', style: 'national', current: 'national-2024.xlsx', prior: 'national-2023.xlsx' },
  { name: 'sichuan', style: 'sichuan', current: 'sichuan-2024.xlsx', prior: 'sichuan-2023.xlsx' },
] as const;

/**
 * `juesuan demo [--out DIR]`: for each bundled sample, against last year's sample: the check
 * report on stdout, then the check as JSON, the report as .docx and Markdown, and the chart
 * images written into DIR (default demo-out).
 */
export async function demoCommand(out: string | undefined, io: CliIO): Promise<number> {
  const dir = out ?? 'demo-out';
  let worst = 0;
  for (const pair of SAMPLE_PAIRS) {
    const file = join(SAMPLE_DIR, pair.current);
    const prior = join(SAMPLE_DIR, pair.prior);
    io.out(`== 示例：${pair.current}（上年：${pair.prior}）==\n`);
    const codes = [await checkCommand({ files: [file], prior, rules: [], json: false, all: false }, io)];
    let json = '';
    await checkCommand({ files: [file], prior, rules: [], json: true, all: false }, { out: (t) => (json += t), err: io.err });
    await makeOutputDir(dir);
    await writeOutputFile(join(dir, `${pair.name}-check.json`), json, `${pair.name}-check.json`);
    for (const format of ['docx', 'markdown'] as const) {
      const target = join(dir, `${pair.name}-决算情况说明.${format === 'docx' ? 'docx' : 'md'}`);
      codes.push(await narrativeCommand({ file, prior, settings: { style: pair.style }, format, out: target, supplementTemplate: false }, io));
    }
    codes.push(await chartsCommand({ file, prior, out: join(dir, `${pair.name}-charts`) }, io));
    worst = Math.max(worst, ...codes);
    io.out('\n');
  }
  io.out(`示例输出在 ${dir}/ 中。\n`);
  return worst;
}
