/**
 * ExcelJS's Workbook class, for Node: its own module only, and only when first asked for.
 * `require('exceljs')` also loads the streaming reader and writer with unzipper and
 * archiver, none of which reading a workbook from bytes uses — 0.3 s of CPU at every start
 * of the command line and of each `--jobs` worker; and most workbooks are read without
 * ExcelJS at all (direct-grids.ts), so even the Workbook module (0.5 s of CPU) waits until
 * a workbook needs it. The same class either way (exceljs/lib/exceljs.nodejs.js re-exports it).
 * The browser build swaps this file for exceljs-workbook.browser.ts (webpack.config.js),
 * whose ExcelJS is the self-contained browser build.
 */
import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS.Workbook | undefined;

/** The Workbook class, loaded on the first call. */
export function workbookClass(): typeof ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
  return loaded;
}
