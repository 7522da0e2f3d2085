/// <reference types="office-js" />
/**
 * Jump to a finding: activate the first cell's sheet and select its cells there, several
 * areas at once through getRanges (ExcelApi 1.9) where supported, else the first cell. Two
 * syncs: the sheet and its visibility, then the activation and selection.
 */
import type { CellRef } from '../../core/grid/sheet-grid';
import { addressesOn } from '../select-addresses';
import { isLocalAddress } from './addresses';
import { SelectCellsError, reason } from './errors';
import type { IsSetSupported, RunBatch } from './types';

/** Excel refuses addresses longer than this in getRanges. */
const MAX_ADDRESS_LENGTH = 8192;
const SEPARATOR = ', ';

export async function selectCellsThrough(run: RunBatch, isSetSupported: IsSetSupported, cells: CellRef[], file: string): Promise<void> {
  if (cells.length === 0) return;
  const sheet = cells[0].sheet;
  const addresses = addressesOn(cells, sheet, MAX_ADDRESS_LENGTH, SEPARATOR);
  const bad = addresses.find((a) => !isLocalAddress(a));
  if (bad !== undefined) throw new SelectCellsError(`单元格地址“${bad}”无效，无法定位。`, { file, sheet, cell: bad });
  await run(async (context) => {
    // Visibility is loaded first: what activate() does on a hidden sheet is not documented.
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load('visibility');
    await context.sync();
    if (worksheet.isNullObject) throw new SelectCellsError(`找不到工作表“${sheet}”，它可能已被重命名或删除。请重新审核后再定位。`, { file, sheet });
    if (worksheet.visibility !== 'Visible') throw new SelectCellsError(`工作表“${sheet}”已隐藏，请先取消隐藏再定位。`, { file, sheet });
    worksheet.activate();
    if (addresses.length > 1 && isSetSupported('ExcelApi', '1.9')) worksheet.getRanges(addresses.join(SEPARATOR)).select();
    else worksheet.getRange(addresses[0]).select();
    try {
      await context.sync();
    } catch (err) {
      throw new SelectCellsError(`无法定位到工作表“${sheet}”的单元格 ${addresses[0]}（${reason(err)}）。`, { file, sheet, cell: addresses[0] });
    }
  });
}
