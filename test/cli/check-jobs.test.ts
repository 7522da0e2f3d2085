/**
 * `juesuan check --jobs N` on worker threads (the compiled command: workers run dist/), and
 * the streamed output: the same bytes, in the same order, whatever the number of jobs.
 */
import { execFileSync, spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { tempDir } from './cli-support';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'juesuan.js');
const SAMPLES = ['national-2024.xlsx', 'sichuan-2024.xlsx', 'national-2023.xlsx', 'sichuan-2023.xlsx'].map((f) => join('assets', 'samples', f));

function check(...args: string[]) {
  return node(BIN, 'check', ...args);
}

function node(...args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
});

describe('juesuan check --jobs', () => {
  const broken = join(tempDir(), '坏.xlsx');
  beforeAll(() => writeFileSync(broken, 'not a workbook'));

  it('prints the same JSON with two jobs as with one, files in the order given', () => {
    const files = [...SAMPLES, broken];
    const one = check(...files, '--json', '--jobs', '1');
    const two = check(...files, '--json', '--jobs', '2');
    expect(two.out).toBe(one.out);
    expect(two.code).toBe(2);
    expect(one.code).toBe(2);
    const json = JSON.parse(two.out);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(files);
    expect(json.files[4].error).toContain('坏.xlsx');
  });

  it('prints the same text with two jobs as with one, ending with the summary', () => {
    const one = check(...SAMPLES, '--jobs', '1');
    const two = check(...SAMPLES, '--jobs', '2');
    expect(two.out).toBe(one.out);
    expect(two.out.trimEnd().split('\n').pop()).toMatch(/^共 4 个文件：/);
  });

  it('keeps the order when the workers finish files out of turn', () => {
    // Unreadable files are done at once, workbooks take longer: answers come back out of
    // order, more files than the workers hold at once.
    const files = [SAMPLES[0], broken, SAMPLES[1], broken, broken, SAMPLES[2], broken, SAMPLES[3], broken, SAMPLES[0], SAMPLES[1], broken];
    const one = check(...files, '--json', '--jobs', '1');
    const three = check(...files, '--json', '--jobs', '3');
    expect(three.out).toBe(one.out);
    expect(three.err).toBe(one.err);
    expect(JSON.parse(three.out).files.map((f: { file: string }) => f.file)).toEqual(files);
  });

  it('leaves ExcelJS and the engine to the workers: the main thread only orders and prints', () => {
    // Preloaded into the main thread only (workers have their own module cache): the modules it loaded, at exit.
    const probe = join(tempDir(), 'loaded-modules.js');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n");
    const loaded = (jobs: string) => {
      const r = node('-r', probe, BIN, 'check', SAMPLES[0], SAMPLES[1], '--json', '--jobs', jobs);
      expect(r.code).toBe(0);
      return JSON.parse(/LOADED (.*)/.exec(r.err)?.[1] ?? '[]') as string[];
    };
    const heavy = (modules: string[]) => modules.filter((m) => /[\\/](exceljs|jszip)[\\/]|[\\/]core[\\/]session[\\/]/.test(m));
    expect(heavy(loaded('1')).length).toBeGreaterThan(0);
    expect(heavy(loaded('2'))).toEqual([]);
  });

  it('refuses a --jobs that is not a positive whole number', () => {
    const r = check(SAMPLES[0], '--jobs', '0');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--jobs 应为 1 到 256 的整数');
  });
});
