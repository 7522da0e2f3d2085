/**
 * The add-in's pages in the production build: initial JavaScript per entry (what loads
 * before the page runs) and the chunks loaded on demand, minified and gzip.
 */
import { EntrySize, PANE_BUDGET_GZIP, entrySizes } from '../../test/e2e/bundle-size';
import { productionBuild } from '../../test/e2e/production-build';
import { Table, int, seconds } from '../table';

const kib = (n: number): string => (n / 1024).toFixed(1);

function rows(sizes: EntrySize[]): string[][] {
  const out: string[][] = [];
  for (const s of sizes) {
    const budget = s.entry === 'taskpane' ? `${kib(PANE_BUDGET_GZIP)} (${s.gzipBytes <= PANE_BUDGET_GZIP ? 'ok' : 'OVER'})` : '';
    out.push([`${s.entry} (initial)`, int(s.bytes), kib(s.bytes), int(s.gzipBytes), kib(s.gzipBytes), budget]);
    for (const a of s.asyncChunks) out.push([`  ${a.file} (on demand)`, '', '', int(a.gzipBytes), kib(a.gzipBytes), '']);
  }
  return out;
}

/** One row per entry (and per on-demand chunk). */
export async function benchPaneBundle(): Promise<Table> {
  const build = await productionBuild();
  return {
    title: 'Add-in pages (webpack production, all entries)',
    headers: ['entry', 'bytes', 'KiB', 'gzip bytes', 'gzip KiB', 'budget gzip KiB'],
    rows: rows(entrySizes(build)),
    notes: [
      `gzip at level 9. Built in ${seconds(build.ms)}${build.fresh ? '' : ' (an earlier build of the same sources, reused)'}.`,
      'taskpane: React, Fluent UI v9 and the engine without ExcelJS; office.js comes from Microsoft\'s CDN and is not counted.',
      'preview: the same pane plus ExcelJS (reads and writes .xlsx in the browser).',
    ],
  };
}
