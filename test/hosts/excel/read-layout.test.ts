/** ExcelHost.readWorkbook on small hand-made sheets: positions, empties, errors, hidden lines, merges. */
import { a1, gridFromRows } from '../../../src/core/grid/sheet-grid';
import { ExcelReadError } from '../../../src/hosts/excel';
import { fakeWith, gridAt, hostOn } from './helpers';

describe('ExcelHost.readWorkbook: layout', () => {
  it('puts a used range starting at C5 at grid row 4, column 2', async () => {
    const fake = fakeWith([gridAt('Sheet1', 4, 2, [['项目', '金额'], [undefined, 42]])]);
    const [grid] = (await hostOn(fake).readWorkbook()).sheets;
    expect(grid.cells).toEqual([[], [], [], [], [null, null, { value: '项目' }, { value: '金额' }], [null, null, null, { value: 42 }]]);
    expect(a1(5, 3)).toBe('D6');
  });

  it('reads an empty sheet as an empty grid, between non-empty ones', async () => {
    const fake = fakeWith([gridFromRows('表1', [['a']]), gridFromRows('空表', []), gridFromRows('表3', [[1]])]);
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets.map((s) => s.name)).toEqual(['表1', '空表', '表3']);
    expect(source.sheets[1]).toEqual({ name: '空表', cells: [], merges: [], hiddenRows: [], hiddenCols: [], hidden: false });
    expect(source.sheets[2].cells).toEqual([[{ value: 1 }]]);
    expect(fake.syncCount).toBe(3);
  });

  it('reads a workbook of empty sheets in two syncs and gives empty grids', async () => {
    const fake = fakeWith([gridFromRows('Sheet1', [])]);
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells).toEqual([]);
    expect(fake.syncCount).toBe(2);
  });

  it('keeps error values as errors and text that looks like an error as text', async () => {
    const fake = fakeWith([gridFromRows('Sheet1', [[{ error: '#DIV/0!' }, '#DIV/0!', { value: { error: '#REF!' }, numFmt: '#,##0.00' }]])]);
    const [grid] = (await hostOn(fake).readWorkbook()).sheets;
    expect(grid.cells[0]).toEqual([{ value: { error: '#DIV/0!' } }, { value: '#DIV/0!' }, { value: { error: '#REF!' }, numFmt: '#,##0.00' }]);
  });

  it('keeps number formats, booleans, text numbers, and turns date-formatted serials into dates', async () => {
    const fake = fakeWith([
      gridFromRows('Sheet1', [[{ value: 1234.5, numFmt: '#,##0.00' }, { value: '2,940.05', numFmt: '@' }, true, { value: 45291, numFmt: 'yyyy"年"m"月"d"日"' }, { value: 3, numFmt: '0_);[Red](0)' }]]),
    ]);
    const [grid] = (await hostOn(fake).readWorkbook()).sheets;
    expect(grid.cells[0]).toEqual([
      { value: 1234.5, numFmt: '#,##0.00' },
      { value: '2,940.05', numFmt: '@' },
      { value: true },
      { value: '2023-12-31', numFmt: 'yyyy"年"m"月"d"日"' },
      { value: 3, numFmt: '0_);[Red](0)' },
    ]);
  });

  it('lists hidden rows and columns 0-based, only where they touch the cells, and flags hidden sheets', async () => {
    const grid = gridAt('明细', 2, 1, [[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    grid.hiddenRows = [0, 3, 40];
    grid.hiddenCols = [0, 2, 30];
    const hidden = { ...gridFromRows('隐藏表', [['x']]), hidden: true };
    const source = await hostOn(fakeWith([grid, hidden])).readWorkbook();
    expect(source.sheets[0].hiddenRows).toEqual([0, 3]);
    expect(source.sheets[0].hiddenCols).toEqual([0, 2]);
    expect(source.sheets[0].hidden).toBe(false);
    expect(source.sheets[1].hidden).toBe(true);
  });

  it('reads merged areas (ExcelApi 1.13) with the value in the top-left cell only', async () => {
    const grid = gridFromRows('总表', [['收入支出决算总表', undefined, undefined, undefined], ['项目', 100], [undefined, undefined], [undefined, undefined, undefined, 'end']], [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 10, left: 0, bottom: 11, right: 1 },
    ]);
    const [read] = (await hostOn(fakeWith([grid])).readWorkbook()).sheets;
    expect(read.cells[0]).toEqual([{ value: '收入支出决算总表' }]);
    expect(read.cells[2]).toEqual([]);
    expect(read.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 1, bottom: 3, right: 1 },
    ]);
  });

  it('reads without merges on a client below ExcelApi 1.13, still in three syncs', async () => {
    const grid = gridFromRows('总表', [['标题', undefined], [1, 2]], [{ top: 0, left: 0, bottom: 0, right: 1 }]);
    const fake = fakeWith([grid], { apiVersion: '1.12' });
    const [read] = (await hostOn(fake).readWorkbook()).sheets;
    expect(read.merges).toEqual([]);
    expect(read.cells[1]).toEqual([{ value: 1 }, { value: 2 }]);
    expect(fake.syncCount).toBe(3);
  });

  it('reads the cells without merges when a sheet has more than 512 merged areas (Excel refuses those); other sheets keep theirs', async () => {
    const rows = Array.from({ length: 600 }, (_, r) => [`行${r}`, undefined, r]);
    const merges = rows.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 }));
    const fake = fakeWith([gridFromRows('多合并', rows, merges), gridFromRows('表2', [['b']], [{ top: 0, left: 0, bottom: 0, right: 2 }])]);
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells[599]).toEqual([{ value: '行599' }, null, { value: 599 }]);
    expect(source.sheets[0].merges).toEqual([]);
    expect(source.sheets[1].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    // The failing sync is halved to find the sheet, which is then read without merges.
    expect(fake.syncs.map((s) => s.failed)).toEqual([undefined, undefined, 'GeneralException', 'GeneralException', undefined, undefined]);
  });

  it('names the file and the sheet when Excel cannot read a sheet', async () => {
    const fake = fakeWith([gridFromRows('好表', [[1]]), gridFromRows('坏表', [[2]])], { workbookName: '部门决算.xlsx' });
    fake.sheet('坏表').broken = true;
    const read = hostOn(fake).readWorkbook();
    await expect(read).rejects.toBeInstanceOf(ExcelReadError);
    await expect(read).rejects.toThrow(/^无法读取文件“部门决算\.xlsx”工作表“坏表”：Excel 返回错误（GeneralException/);
    await expect(read).rejects.toMatchObject({ file: '部门决算.xlsx', sheet: '坏表' });
  });
});
