/** Size of the browser bundle (dist/web/engine.js) of the shared production build. */
import { browserEngine } from '../../test/build/browser-build';
import { Table, int, seconds } from '../table';

/** One row: the production bundle's bytes and gzip bytes, and how long webpack took. */
export async function benchBundle(): Promise<Table> {
  let build;
  try {
    build = await browserEngine();
  } catch (err) {
    return { title: 'Browser bundle', headers: ['bundle', 'status'], rows: [['engine.js', 'build failed']], notes: [String(err).slice(0, 2000)] };
  }
  return {
    title: 'Browser bundle (webpack production, UMD)',
    headers: ['bundle', 'bytes', 'KiB', 'gzip bytes', 'gzip KiB', 'modules', 'build time'],
    rows: [['engine.js', int(build.bytes), int(build.bytes / 1024), int(build.gzipBytes), int(build.gzipBytes / 1024), String(build.modules.length), `${seconds(build.ms)}${build.fresh ? '' : ' (reused build)'}`]],
    notes: ['gzip at level 9 (zlib). Most of the size is ExcelJS\'s self-contained browser build (exceljs.min.js, ~925 KiB before minifying).'],
  };
}
