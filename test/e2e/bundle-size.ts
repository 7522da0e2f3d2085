/** Sizes of the production build's entries: what a page loads first, and what it may load later. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { ProductionBuild } from './production-build';

export interface EntrySize {
  entry: string;
  /** Initial JS files, minified. */
  bytes: number;
  /** The same, gzip level 9 (what a server sends with compression). */
  gzipBytes: number;
  /** On-demand chunks of the entry, gzip bytes each. */
  asyncChunks: { file: string; gzipBytes: number }[];
}

/** At most this much initial JS (gzip) for the task pane (issue 5). */
export const PANE_BUDGET_GZIP = 400 * 1024;

const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** The initial and on-demand JS of every entry of a build. */
export function entrySizes(build: ProductionBuild): EntrySize[] {
  return Object.entries(build.entries).map(([entry, files]) => ({
    entry,
    bytes: files.initial.reduce((n, f) => n + readFileSync(join(build.dir, f)).length, 0),
    gzipBytes: files.initial.reduce((n, f) => n + gzipSize(join(build.dir, f)), 0),
    asyncChunks: files.async.map((file) => ({ file, gzipBytes: gzipSize(join(build.dir, file)) })),
  }));
}
