/**
 * Commands at the size reviewers and consolidated departments give them (issue 17.4–17.6),
 * each a fresh process measured by GNU time:
 * - `juesuan check` over 200 workbooks (the two samples, 100 copies each) with one job and
 *   with two, against bare ExcelJS loading the same files (medians of three interleaved
 *   rounds, as for the one-workbook commands below), and bare ExcelJS in two processes at
 *   once, each on half the files (what two cores give the same parsing on this machine: the
 *   floor of two jobs); and `check --report` over the same folder (the reviewer's report,
 *   issue 13.5) with one and two worker threads; and with 400 workbooks, whose peak memory
 *   should be that of 200 (results are not held);
 * - `juesuan check` on the national fixture with and without a 100,000-row extra sheet;
 * - `juesuan charts` and `juesuan narrative --format docx` for one workbook, and the seven
 *   sample charts' render step alone (SVG + PNG, in a fresh process, timed inside it after
 *   the modules are loaded: WebAssembly start, font reading and subsetting included).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildFixture, writeXlsx } from '../../test/factories';
import { sampleCharts } from '../../test/core/charts/sample-charts';
import { JUESUAN, ROOT, interleavedMedians, interleavedRounds, measureNode, measureTogether, medianFigures, medianOf, roundRatios } from '../process';
import { Table, mb, ms, ratio } from '../table';
import { COMMAND_V8_FLAG } from '../../src/cli/v8-budget';
import { withNumericSheet } from './big-sheet';

const COPIES = 100;
/** Rounds of the 200-file batch (bare, one job, two jobs in turn) and of the one-workbook commands; each figure is the median. */
const ROUNDS = 3;

/** Renders the chart specs of the JSON file argv[1] with the compiled renderer; prints the step's CPU ms and the PNG count. */
const RENDER_STEP =
  "const {renderChartImages}=require('./dist/render/charts/png.js');const specs=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));" +
  "(async()=>{const t=process.cpuUsage();const im=await renderChartImages(specs);const u=process.cpuUsage(t);" +
  "process.stdout.write(JSON.stringify({cpuMs:(u.user+u.system)/1000,pngs:im.filter((i)=>!(i.png instanceof Error)).length}))})()";

/** A node script loading every file given with bare ExcelJS (the parsing floor). */
const BARE_EXCELJS = "const E=require('exceljs'),fs=require('fs');(async()=>{for(const f of process.argv.slice(1))await new E.Workbook().xlsx.load(fs.readFileSync(f))})()";

/** `count` workbooks in `dir`: the two samples, copied in turn. */
function copies(dir: string, count: number): string[] {
  mkdirSync(dir);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    for (const s of ['national-2024.xlsx', 'sichuan-2024.xlsx']) {
      const to = join(dir, `${i}-${s}`);
      copyFileSync(join(ROOT, 'assets', 'samples', s), to);
      files.push(to);
    }
  }
  return files;
}

export async function benchCliBatch(): Promise<Table> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-batch-'));
  const rows: string[][] = [];
  const notes: string[] = [];
  try {
    const books = join(dir, 'books');
    const files = copies(books, COPIES);
    // One run's figures swing ±10 % on the 2-core machine, more than the margins the targets leave.
    const batch = await interleavedRounds(ROUNDS, [
      () => measureNode(['-e', BARE_EXCELJS, ...files]),
      () => measureNode([COMMAND_V8_FLAG, '-e', BARE_EXCELJS, ...files]),
      () => measureNode([JUESUAN, 'check', '--json', '--jobs', '1', ...files]),
      () => measureNode([JUESUAN, 'check', '--json', '--jobs', '2', ...files]),
      // What two cores give the same parsing: two processes at once, each on half the files.
      () => measureTogether([0, 1].map((half) => () => measureNode(['-e', BARE_EXCELJS, ...files.filter((_, i) => i % 2 === half)]))),
    ]);
    const [bare, bareTuned, one, two, bareTwo] = batch.map(medianFigures);
    const row = (name: string, f: typeof bare) => [name, ms(f.wallMs), ms(f.cpuMs), mb(f.peakMb), ratio(f.cpuMs / bare.cpuMs), ratio(f.wallMs / one.wallMs)];
    rows.push(
      row(`bare ExcelJS load, ${files.length} files`, bare),
      row(`bare ExcelJS load, with juesuan's V8 flag`, bareTuned),
      row('check --json --jobs 1', one),
      row('check --json --jobs 2', two),
      row('bare ExcelJS load, two processes at once (half each)', bareTwo),
    );
    notes.push(`Targets (17.4): one job ≤ 1.3 × bare ExcelJS CPU; two jobs' wall time below one job's. Output identical: ${one.stdout === two.stdout ? 'yes' : 'NO'}.`);
    notes.push(`juesuan runs with ${COMMAND_V8_FLAG} (src/cli/v8-budget.ts); against bare ExcelJS given the same flag, one job is ${ratio(one.cpuMs / bareTuned.cpuMs)}.`);
    const perRound = (name: string, r: { each: number[]; median: number }) => `${name} ${r.each.map(ratio).join(', ')} (median ${ratio(r.median)})`;
    notes.push(
      `Round by round (the machine's speed drifts less within a round than between rounds): ${perRound('one job CPU / bare', roundRatios(batch[2], batch[0], 'cpuMs'))}; ` +
        `${perRound('two jobs wall / one job', roundRatios(batch[3], batch[2], 'wallMs'))}; ` +
        `${perRound('bare ExcelJS, two processes wall / one', roundRatios(batch[4], batch[0], 'wallMs'))} — the floor two cores give this machine's parsing, each thread slowed by the other.`,
    );
    const review1 = await measureNode([JUESUAN, 'check', books, '--report', join(dir, 'review-1.xlsx'), '--jobs', '1']);
    const review2 = await measureNode([JUESUAN, 'check', books, '--report', join(dir, 'review-2.xlsx'), '--jobs', '2']);
    rows.push(row('check <folder> --report .xlsx --jobs 1', review1), row('check <folder> --report .xlsx --jobs 2', review2));
    const twice = copies(join(dir, 'books-400'), 2 * COPIES);
    const one400 = await measureNode([JUESUAN, 'check', '--json', '--jobs', '1', ...twice]);
    const two400 = await measureNode([JUESUAN, 'check', '--json', '--jobs', '2', ...twice]);
    rows.push(row(`check --json --jobs 1, ${twice.length} files`, one400), row(`check --json --jobs 2, ${twice.length} files`, two400));
    notes.push(`Peak RSS ${files.length} → ${twice.length} files: one job ${mb(one.peakMb)} → ${mb(one400.peakMb)} MB, two jobs ${mb(two.peakMb)} → ${mb(two400.peakMb)} MB; two jobs' wall with ${twice.length} files ${ratio(two400.wallMs / one400.wallMs)} one job's; output identical: ${one400.stdout === two400.stdout ? 'yes' : 'NO'}.`);
    notes.push(`--report (13.5): ${ratio(review1.cpuMs / one.cpuMs)} the CPU of check --json with one job; two workers ${ratio(review2.wallMs / review1.wallMs)} its wall time.`);

    const base = await writeXlsx(buildFixture({ template: 'national' }).sheets);
    const plain = join(dir, 'national.xlsx');
    const big = join(dir, 'national-plus-100k.xlsx');
    writeFileSync(plain, base);
    writeFileSync(big, await withNumericSheet(base, 100_000, 20));
    const small = await medianOf(3, () => measureNode([JUESUAN, 'check', plain]));
    const large = await medianOf(3, () => measureNode([JUESUAN, 'check', big]));
    rows.push(row('check national fixture', small), row('check + 100k-row × 20 extra sheet', large));
    notes.push(`100k-row sheet: peak RSS +${mb(large.peakMb - small.peakMb)} MB (target ≤ 150 MB), time ${ratio(large.wallMs / small.wallMs)}.`);

    const sample = join(ROOT, 'assets', 'samples', 'national-2024.xlsx');
    const prior = join(ROOT, 'assets', 'samples', 'national-2023.xlsx');
    const [charts, docx, text] = await interleavedMedians(ROUNDS, [
      () => measureNode([JUESUAN, 'charts', sample, '--prior', prior, '--out', join(dir, 'charts')]),
      () => measureNode([JUESUAN, 'narrative', sample, '--prior', prior, '--format', 'docx', '--out', join(dir, 'report.docx')]),
      () => measureNode([JUESUAN, 'narrative', sample, '--prior', prior]),
    ]);
    rows.push(row('charts (7 SVG + PNG)', charts), row('narrative --format docx (7 charts)', docx), row('narrative (text)', text));
    notes.push(`Charts: PNG work ≈ charts − text narrative = ${ms(charts.cpuMs - text.cpuMs)} ms CPU (target < 1,500); docx ${ms(docx.cpuMs)} ms CPU (target < 2,000).`);
    const specsFile = join(dir, 'charts.json');
    writeFileSync(specsFile, JSON.stringify(sampleCharts()));
    const step = await measureNode(['-e', RENDER_STEP, specsFile]);
    const inside = JSON.parse(step.stdout) as { cpuMs: number; pngs: number };
    rows.push([`render step, ${inside.pngs} sample charts (SVG + PNG; CPU timed in-process)`, ms(step.wallMs), ms(inside.cpuMs), mb(step.peakMb), '', '']);
    notes.push(`Render step alone: ${ms(inside.cpuMs)} ms CPU for ${inside.pngs} charts inside a process of ${ms(step.cpuMs)} ms (module loading is the rest).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: 'Commands, each a fresh process (ms; peak RSS in MB)',
    headers: ['run', 'wall', 'CPU', 'peak RSS', 'CPU / bare', 'wall / 1 job'],
    rows,
    notes,
  };
}
