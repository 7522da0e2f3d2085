/** ExcelHost.selectCells: activate the first cell's sheet and select the finding's cells there. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { SelectCellsError } from '../../../src/hosts/excel';
import { fakeWith, hostOn } from './helpers';

function twoSheets() {
  return fakeWith([gridFromRows('表1', [[1, 2], [3, 4]]), gridFromRows('表2', [[5, 6], [7, 8]]), { ...gridFromRows('隐藏', [[0]]), hidden: true }]);
}

describe('ExcelHost.selectCells', () => {
  it('activates the sheet and selects several cells at once, in two syncs', async () => {
    const fake = twoSheets();
    await hostOn(fake).selectCells([
      { sheet: '表2', address: 'B2' },
      { sheet: '表2', address: '$A$1' },
      { sheet: '表1', address: 'A1' },
      { sheet: '表2', address: 'B2' },
    ]);
    expect(fake.model.activeSheetId).toBe(fake.sheet('表2').id);
    expect(fake.model.selection).toEqual({ sheet: '表2', address: 'B2, A1' });
    expect(fake.syncCount).toBe(2);
  });

  it('selects the first cell only where getRanges (ExcelApi 1.9) is missing', async () => {
    const fake = twoSheets();
    const host = hostOn(fake, { isSetSupported: () => false });
    await host.selectCells([{ sheet: '表1', address: 'B1' }, { sheet: '表1', address: 'A2' }]);
    expect(fake.model.selection).toEqual({ sheet: '表1', address: 'B1' });
  });

  it('does nothing for no cells', async () => {
    const fake = twoSheets();
    await hostOn(fake).selectCells([]);
    expect(fake.syncCount).toBe(0);
    expect(fake.model.selection).toBeUndefined();
  });

  it('says in Chinese when the sheet is gone, hidden, or the address is not one', async () => {
    const host = hostOn(twoSheets());
    await expect(host.selectCells([{ sheet: '表9', address: 'A1' }])).rejects.toThrow(new SelectCellsError('找不到工作表“表9”，它可能已被重命名或删除。请重新审核后再定位。'));
    await expect(host.selectCells([{ sheet: '隐藏', address: 'A1' }])).rejects.toThrow('工作表“隐藏”已隐藏，请先取消隐藏再定位。');
    await expect(host.selectCells([{ sheet: '表1', address: '表1!A1' }])).rejects.toThrow('单元格地址“表1!A1”无效，无法定位。');
  });

  it('tells a hidden sheet from its visibility, whatever activate() would do there', async () => {
    for (const activateHidden of ['error', 'ignored'] as const) {
      const fake = fakeWith([gridFromRows('表1', [[1]]), { ...gridFromRows('隐藏', [[0]]), hidden: true }], { activateHidden });
      const before = fake.model.activeSheetId;
      await expect(hostOn(fake).selectCells([{ sheet: '隐藏', address: 'A1' }])).rejects.toThrow(new SelectCellsError('工作表“隐藏”已隐藏，请先取消隐藏再定位。'));
      expect(fake.model.activeSheetId).toBe(before);
      expect(fake.model.selection).toBeUndefined();
    }
  });
});
