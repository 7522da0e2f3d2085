/** Size of the browser bundle (dist/web/engine.js), built into a temporary folder. */
import { rmSync } from 'fs';
import { dirname } from 'path';
import { buildBrowserEngine } from '../../test/build/browser-build';
import { Table, int, seconds } from '../table';

/** One row: the production bundle's bytes and gzip bytes, and how long webpack took. */
export async function benchBundle(): Promise<Table> {
  const build = await buildBrowserEngine();
  rmSync(dirname(build.bundlePath), { recursive: true, force: true });
  if (build.errors.length > 0) {
    return { title: 'Browser bundle', headers: ['bundle', 'status'], rows: [['engine.js', 'build failed']], notes: build.errors.slice(0, 5) };
  }
  return {
    title: 'Browser bundle (webpack production, UMD)',
    headers: ['bundle', 'bytes', 'KiB', 'gzip bytes', 'gzip KiB', 'modules', 'build time'],
    rows: [['engine.js', int(build.bytes), int(build.bytes / 1024), int(build.gzipBytes), int(build.gzipBytes / 1024), String(build.modules.length), seconds(build.ms)]],
    notes: ['gzip at level 9 (zlib). Most of the size is ExcelJS\'s self-contained browser build (exceljs.min.js, ~925 KiB before minifying).'],
  };
}
