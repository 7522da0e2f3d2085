/**
 * ExcelJS's Workbook class, for Node: its own module only. `require('exceljs')` also loads
 * the streaming reader and writer with unzipper and archiver, none of which reading a
 * workbook from bytes uses — 0.3 s of CPU at every start of the command line and of each
 * `--jobs` worker. The same class either way (exceljs/lib/exceljs.nodejs.js re-exports it).
 * The browser build swaps this file for exceljs-workbook.browser.ts (webpack.config.js),
 * whose ExcelJS is the self-contained browser build.
 */
import type ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Workbook: typeof ExcelJS.Workbook = require('exceljs/lib/doc/workbook');
