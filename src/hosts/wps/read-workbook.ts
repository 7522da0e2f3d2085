/**
 * Every worksheet of the active workbook into SheetGrids, in tab order, hidden and very
 * hidden sheets included (the engine reports hidden schedules). The ET object model is
 * synchronous and in-process, so there is no batching to plan as in the Excel host; a
 * sheet WPS refuses is named in the message. A sheet made huge by a stray far value is read
 * in its schedule region, with a notice (../read-bounds.ts), as in the Excel host.
 */
import type { WorkbookSource } from '../../core/grid/sheet-grid';
import { describeLocation } from '../../core/errors';
import { buildSheetGrid } from '../excel/sheet-builder';
import type { ReadProgress } from '../workbook-host';
import { WpsReadError, reason } from './errors';
import { type WpsObject, get } from './members';
import { readSheetParts } from './read-sheet';
import { activeWorkbook, sheetName, worksheetsOf } from './workbook';

/** @throws WpsReadError (Chinese, naming the file and sheet) when WPS refuses a read. */
export function readWorkbookFrom(app: WpsObject, fallbackName: string, onProgress?: (p: ReadProgress) => void): WorkbookSource {
  const wb = activeWorkbook(app);
  const file = String(get(wb, 'Name') || fallbackName);
  let sheets: WpsObject[];
  try {
    sheets = worksheetsOf(wb);
  } catch (err) {
    throw new WpsReadError(`无法读取工作簿“${file}”的工作表列表（${reason(err)}）。`, { file });
  }
  onProgress?.({ done: 0, total: sheets.length });
  const notices: string[] = [];
  const grids = sheets.map((ws, i) => {
    let name = `第 ${i + 1} 个工作表`;
    try {
      name = sheetName(ws);
      const { parts, notice } = readSheetParts(ws);
      if (notice) notices.push(notice);
      const grid = buildSheetGrid(parts);
      onProgress?.({ done: i + 1, total: sheets.length });
      return grid;
    } catch (err) {
      throw new WpsReadError(`无法读取${describeLocation({ file, sheet: name })}：WPS 返回错误（${reason(err)}）。请确认该工作表未损坏后重试。`, { file, sheet: name });
    }
  });
  return notices.length > 0 ? { file, sheets: grids, notices } : { file, sheets: grids };
}
