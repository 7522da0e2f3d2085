/**
 * Jump to a finding: activate its sheet (`Worksheet.Activate()`) and select its cells
 * (`Worksheet.Range("A1,B2").Select()`); the first address is the first area, which holds
 * the active cell. A hidden sheet cannot be activated (VBA raises an error), so that is said
 * plainly instead. `Range(address)` takes at most 255 characters (VBA's limit, not lifted in
 * the ET reference), so a long list is cut to what fits.
 */
import type { CellRef } from '../../core/grid/sheet-grid';
import { addressesOn } from '../select-addresses';
import { WpsSelectCellsError, reason } from './errors';
import { type WpsObject, call } from './members';
import { activeWorkbook, findSheet, isHiddenSheet } from './workbook';

const MAX_RANGE_ADDRESS = 255;
const SEPARATOR = ',';
const A1_AREA = /^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/;

export function selectCellsIn(app: WpsObject, cells: CellRef[], file: string): void {
  if (cells.length === 0) return;
  const sheet = cells[0].sheet;
  const addresses = addressesOn(cells, sheet, MAX_RANGE_ADDRESS, SEPARATOR);
  const bad = addresses.find((a) => !A1_AREA.test(a));
  if (bad !== undefined) throw new WpsSelectCellsError(`单元格地址“${bad}”无效，无法定位。`, { file, sheet, cell: bad });
  const ws = findSheet(activeWorkbook(app), sheet);
  if (!ws) throw new WpsSelectCellsError(`找不到工作表“${sheet}”，它可能已被重命名或删除。请重新审核后再定位。`, { file, sheet });
  if (isHiddenSheet(ws)) throw new WpsSelectCellsError(`工作表“${sheet}”已隐藏，请先取消隐藏再定位。`, { file, sheet });
  try {
    call(ws, 'Activate');
    call(call(ws, 'Range', addresses.join(SEPARATOR)) as WpsObject, 'Select');
  } catch (err) {
    throw new WpsSelectCellsError(`无法定位到工作表“${sheet}”的单元格 ${addresses[0]}（${reason(err)}）。`, { file, sheet, cell: addresses[0] });
  }
}
