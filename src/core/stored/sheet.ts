import { OWNED_SHEET_PREFIX } from '../charts/owned-sheet';
import { SheetGrid, cellText } from '../grid/sheet-grid';
import { StoredData } from './document';
import { storedFromJson, storedToJson } from './codec';

/**
 * The document in a hidden sheet the add-in owns, for hosts (and files) without custom XML
 * parts: the preview's downloaded copy, Excel without ExcelApi 1.5. The JSON text is cut into
 * pieces that fit a cell, one numbered row each, so any tool that copies sheets keeps it.
 */
export const STORED_SHEET = `${OWNED_SHEET_PREFIX}数据`;

/** First cell of the sheet: names the layout, so another one can be told apart. */
export const STORED_SHEET_FORMAT = 'juesuan-stored/1';

/** Below Excel's 32,767 characters per cell. */
const PIECE = 30_000;

export type StoredSheetRow = (string | number | null)[];

/** The sheet's rows: format mark and a note, a header, then the numbered pieces. */
export function storedSheetRows(d: StoredData): StoredSheetRow[] {
  const text = storedToJson(d);
  const rows: StoredSheetRow[] = [
    [STORED_SHEET_FORMAT, '此工作表由决算助手保存说明、设置和上年数据，请勿修改。'],
    ['序号', '内容'],
  ];
  for (let i = 0; i * PIECE < text.length; i++) rows.push([i + 1, text.slice(i * PIECE, (i + 1) * PIECE)]);
  return rows;
}

/** True when the grid is the stored-data sheet in this layout. */
export function isStoredSheet(grid: SheetGrid): boolean {
  return grid.name === STORED_SHEET && cellText(grid.cells[0]?.[0] ?? null) === STORED_SHEET_FORMAT;
}

/**
 * The document in the sheet; undefined when the grid is not the stored-data sheet.
 * @throws StoredDataError when pieces are missing or out of order (someone edited the sheet)
 */
export function storedFromSheet(grid: SheetGrid): StoredData | undefined {
  if (!isStoredSheet(grid)) return undefined;
  const pieces: string[] = [];
  let ordered = true;
  for (const row of grid.cells.slice(2)) {
    const no = row?.[0]?.value;
    if (no === null || no === undefined) continue;
    if (no !== pieces.length + 1) ordered = false;
    const value = row?.[1]?.value;
    pieces.push(typeof value === 'string' ? value : cellText(row?.[1] ?? null));
  }
  return storedFromJson(ordered ? pieces.join('') : '');
}
