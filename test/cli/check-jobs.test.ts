/**
 * `juesuan check --jobs N` on this thread and worker threads (the compiled command: workers run dist/), and
 * the streamed output: the same bytes, in the same order, whatever the number of jobs.
 */
import { spawnSync } from 'child_process';
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

  it('checks files on this thread too: --jobs N starts N − 1 worker threads, and both kinds of lane take files', () => {
    // Preloaded into the main thread only: counts the workers started and the answers they sent.
    const probe = join(tempDir(), 'count-workers.js');
    writeFileSync(
      probe,
      "const wt = require('worker_threads'); if (wt.isMainThread) { const W = wt.Worker; let workers = 0, answers = 0;\n" +
        "wt.Worker = class extends W { constructor(...a) { super(...a); workers++; this.on('message', () => answers++); } };\n" +
        "process.on('exit', () => process.stderr.write('\\nLANES ' + JSON.stringify({ workers, answers }) + '\\n')); }\n",
    );
    // Enough files that a worker, ready a few hundred ms after this thread, still finds some to take.
    const files = Array.from({ length: 40 }, (_, i) => SAMPLES[i % SAMPLES.length]);
    const lanes = (jobs: string) => {
      const r = node('-r', probe, BIN, 'check', ...files, '--json', '--jobs', jobs);
      expect(r.code).toBe(0);
      return JSON.parse(/LANES (.*)/.exec(r.err)?.[1] ?? '{}') as { workers: number; answers: number };
    };
    expect(lanes('1')).toEqual({ workers: 0, answers: 0 });
    const two = lanes('2');
    expect(two.workers).toBe(1);
    // Each lane takes files as soon as it is free: the worker some, this thread the rest.
    expect(two.answers).toBeGreaterThanOrEqual(1);
    expect(two.answers).toBeLessThan(files.length);
    expect(lanes('3').workers).toBe(2);
  });

  it('refuses a --jobs that is not a positive whole number', () => {
    const r = check(SAMPLES[0], '--jobs', '0');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--jobs 应为 1 到 256 的整数');
  });
});
