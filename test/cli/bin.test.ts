/**
 * The installed command: `node bin/juesuan.js` (what `npx juesuan` runs) compiled from src
 * by the prepare script, in a separate process: exit codes and no stack traces.
 */
import { spawn, spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { STACK_TRACE, tempDir } from './cli-support';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'juesuan.js');

function juesuanProcess(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

it('checks a sample and exits 0', () => {
  const r = juesuanProcess('check', 'assets/samples/national-2024.xlsx', '--prior', 'assets/samples/national-2023.xlsx', '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json.files[0].schedules).toHaveLength(9);
});

it('runs the demo on the bundled samples and exits 0', () => {
  const out = tempDir();
  const r = juesuanProcess('demo', '--out', out);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/示例：national-2024\.xlsx/);
  expect(r.out).toMatch(/示例：sichuan-2024\.xlsx/);
  expect(JSON.parse(readFileSync(join(out, 'sichuan-check.json'), 'utf8')).files[0].schedules).toHaveLength(13);
});

it('exits 2 with a Chinese message and no stack trace for a file that is not a workbook', () => {
  const p = join(tempDir(), 'report.xlsx');
  writeFileSync(p, '%PDF-1.7\n');
  const r = juesuanProcess('check', p);
  expect(r.code).toBe(2);
  expect(r.out).toMatch(/不是 \.xlsx 工作簿（看起来是PDF 文档）/);
  expect(r.out + r.err).not.toMatch(STACK_TRACE);
});

it('stops quietly when the reader of its output goes away (juesuan check … | head)', async () => {
  const files = Array.from({ length: 30 }, () => 'assets/samples/national-2024.xlsx');
  const child = spawn(process.execPath, [BIN, 'check', '--json', ...files], { cwd: ROOT });
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  // Read the first chunk, then close the pipe as head does.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).not.toMatch(/EPIPE|Unhandled/);
  expect(err).not.toMatch(STACK_TRACE);
  expect(code).toBe(0);
});
