import { WorkbookSource, cellText } from './grid/sheet-grid';
import { OWNED_SHEET_PREFIX } from './charts/owned-sheet';

/**
 * The add-in's own data (loadAddinData / saveAddinData) inside an .xlsx written by the
 * preview: a hidden sheet the add-in owns, since ExcelJS cannot write custom XML parts. Each
 * name's text is cut into pieces that fit a cell, one row per piece: name | piece no. | text.
 */
export const ADDIN_DATA_SHEET = `${OWNED_SHEET_PREFIX}数据`;

/** First cell of the sheet: names the format, so a future layout can be told apart. */
export const ADDIN_DATA_FORMAT = 'juesuan-data/1';

/** Below Excel's 32,767 characters per cell. */
const PIECE = 30_000;

export type AddinDataRow = (string | number | null)[];

/** The sheet's rows: format mark and a note, a header, then the pieces (names sorted). */
export function addinDataRows(data: ReadonlyMap<string, string>): AddinDataRow[] {
  const rows: AddinDataRow[] = [
    [ADDIN_DATA_FORMAT, '此工作表由决算助手保存上年数据和设置，请勿修改。'],
    ['名称', '序号', '内容'],
  ];
  for (const name of [...data.keys()].sort()) {
    const text = data.get(name) ?? '';
    const count = Math.max(1, Math.ceil(text.length / PIECE));
    for (let i = 0; i < count; i++) rows.push([name, i + 1, text.slice(i * PIECE, (i + 1) * PIECE)]);
  }
  return rows;
}

/**
 * The data stored in a workbook's ADDIN_DATA_SHEET, by name; empty when the workbook has no
 * such sheet. A name whose pieces are not numbered 1, 2, … without gaps (someone edited the
 * sheet) is dropped rather than read half.
 */
export function addinDataFromSource(source: WorkbookSource): Map<string, string> {
  const out = new Map<string, string>();
  const grid = source.sheets.find((s) => s.name === ADDIN_DATA_SHEET);
  if (!grid || cellText(grid.cells[0]?.[0] ?? null) !== ADDIN_DATA_FORMAT) return out;
  const pieces = new Map<string, string[]>();
  const broken = new Set<string>();
  for (const row of grid.cells.slice(2)) {
    const name = cellText(row?.[0] ?? null);
    const no = row?.[1]?.value;
    if (!name) continue;
    const list = pieces.get(name) ?? [];
    pieces.set(name, list);
    if (no !== list.length + 1) broken.add(name);
    // An empty piece reads back as an empty cell.
    const value = row?.[2]?.value;
    list.push(typeof value === 'string' ? value : value === null || value === undefined ? '' : cellText(row[2]));
  }
  for (const [name, list] of pieces) if (!broken.has(name)) out.set(name, list.join(''));
  return out;
}
