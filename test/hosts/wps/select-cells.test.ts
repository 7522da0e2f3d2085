/** WpsHost.selectCells: activate the finding's sheet, select its cells there. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { WpsSelectCellsError } from '../../../src/hosts/wps/errors';
import { fakeWith, hostOn, VARIANTS } from './helpers';

const twoSheets = (members: (typeof VARIANTS)[number] = 'typings') =>
  fakeWith([gridFromRows('表1', [[1, 2], [3, 4]]), gridFromRows('表2', [[5, 6], [7, 8]]), { ...gridFromRows('隐藏', [[0]]), hidden: true }], { members });

describe('WpsHost.selectCells', () => {
  it('activates the other sheet and selects all the cells of the finding there, in every member form', async () => {
    for (const members of VARIANTS) {
      const fake = twoSheets(members);
      expect(fake.state.active?.name).toBe('表1');
      await hostOn(fake).selectCells([
        { sheet: '表2', address: 'B2' },
        { sheet: '表2', address: '$A$1' },
        { sheet: '表1', address: 'A1' },
        { sheet: '表2', address: 'B2' },
      ]);
      expect(fake.state.active?.name).toBe('表2');
      expect(fake.state.selections).toEqual([{ sheet: '表2', address: 'B2,A1' }]);
      expect(fake.state.writes).toEqual([]);
    }
  });

  it('keeps the address within the 255 characters Range() takes', async () => {
    const fake = twoSheets();
    const cells = Array.from({ length: 100 }, (_, i) => ({ sheet: '表1', address: `AB${1000 + i}` }));
    await hostOn(fake).selectCells(cells);
    const address = fake.state.selections[0].address;
    expect(address.length).toBeLessThanOrEqual(255);
    expect(address.startsWith('AB1000,AB1001')).toBe(true);
  });

  it('does nothing for no cells', async () => {
    const fake = twoSheets();
    await hostOn(fake).selectCells([]);
    expect(fake.state.selections).toEqual([]);
  });

  it('says in Chinese when the sheet is gone, hidden, or the address is not one', async () => {
    const fake = twoSheets();
    const host = hostOn(fake);
    await expect(host.selectCells([{ sheet: '表9', address: 'A1' }])).rejects.toThrow(new WpsSelectCellsError('找不到工作表“表9”，它可能已被重命名或删除。请重新审核后再定位。'));
    await expect(host.selectCells([{ sheet: '隐藏', address: 'A1' }])).rejects.toThrow('工作表“隐藏”已隐藏，请先取消隐藏再定位。');
    await expect(host.selectCells([{ sheet: '表1', address: '表1!A1' }])).rejects.toThrow('单元格地址“表1!A1”无效，无法定位。');
    expect(fake.state.active?.name).toBe('表1');
  });
});
