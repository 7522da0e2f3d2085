/**
 * WpsHost.readWorkbook on hand-built sheets: position below/right of A1, merges, hidden rows,
 * columns and sheets (hidden and very hidden), dates, error values in both undocumented forms.
 */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { WpsReadError } from '../../../src/hosts/wps/errors';
import { writeXlsx } from '../../factories';
import { fakeWith, hostOn, VARIANTS, withoutFormulas } from './helpers';

const layout = () => {
  const rows = [
    [],
    [null, '收入支出决算总表', null, null],
    [null, '项目', '金额', '备注'],
    [null, '收入总计', 1687.35, null],
    [null, '支出总计', 1652.08, '见说明'],
  ];
  const grid = { ...gridFromRows('表1', rows), merges: [{ top: 1, left: 1, bottom: 1, right: 3 }], hiddenRows: [3], hiddenCols: [2] };
  grid.cells[3][2] = { value: 1687.35, numFmt: '#,##0.00' };
  grid.cells[4][2] = { value: 1652.08, numFmt: '#,##0.00' };
  return [grid, { ...gridFromRows('隐藏表', [['x']]), hidden: true }, gridFromRows('空表', [])];
};

describe('WpsHost.readWorkbook: layout', () => {
  it('gives the .xlsx host grids for merges, hidden rows, columns and sheets, offsets and number formats', async () => {
    const sheets = layout();
    const fromXlsx = await readWorkbookBuffer(await writeXlsx(sheets), 'x.xlsx');
    for (const members of VARIANTS) {
      const source = await hostOn(fakeWith(sheets, { members })).readWorkbook();
      expect(source.sheets).toEqual(withoutFormulas(fromXlsx.sheets));
      expect(source.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
      expect(source.sheets[0].hiddenRows).toEqual([3]);
      expect(source.sheets[0].hiddenCols).toEqual([2]);
      expect(source.sheets.map((s) => s.hidden)).toEqual([false, true, false]);
    }
  });

  it('reads a very hidden sheet (Visible = xlSheetVeryHidden, 2) as hidden', async () => {
    const fake = fakeWith([gridFromRows('表1', [[1]]), gridFromRows('表2', [[2]])]);
    fake.sheet('表2').visible = 2;
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['表1', false],
      ['表2', true],
    ]);
  });

  it('turns date serials under a date format into yyyy-mm-dd, as the .xlsx host does', async () => {
    const grid = gridFromRows('表1', [['填报日期', null]]);
    grid.cells[0][1] = { value: '2025-03-01', numFmt: 'yyyy-mm-dd' };
    const fake = fakeWith([grid]);
    expect(fake.sheet('表1').cells.get('0,1')?.value).toBe(45717);
    const source = await hostOn(fake).readWorkbook();
    expect(source.sheets[0].cells[0][1]).toEqual({ value: '2025-03-01', numFmt: 'yyyy-mm-dd' });
  });

  it('reads a formula’s error value as an error whether WPS gives its text or its COM code, and typed "#N/A" as text', async () => {
    const grid = gridFromRows('表1', [['比率', null, '#N/A']]);
    grid.cells[0][1] = { value: { error: '#DIV/0!' }, formula: 'B9/C9' };
    for (const errorValues of ['text', 'code'] as const) {
      const source = await hostOn(fakeWith([grid], { errorValues })).readWorkbook();
      expect(source.sheets[0].cells[0]).toEqual([{ value: '比率' }, { value: { error: '#DIV/0!' } }, { value: '#N/A' }]);
    }
  });

  it('keeps a number that happens to equal an error code when the cell does not show an error', async () => {
    const source = await hostOn(fakeWith([gridFromRows('表1', [[-2146826281]])], { errorValues: 'code' })).readWorkbook();
    expect(source.sheets[0].cells[0][0]).toEqual({ value: -2146826281 });
  });

  it('says in Chinese when no workbook is open, and names the sheet WPS refuses', async () => {
    await expect(hostOn(fakeWith([], { noWorkbook: true })).readWorkbook()).rejects.toThrow(new WpsReadError('WPS 表格中没有打开的工作簿。请先打开决算工作簿，再点击“检查”。'));
    const fake = fakeWith([gridFromRows('表1', [[1]]), gridFromRows('坏表', [[2]])], { workbookName: 'x.xlsx' });
    fake.state.broken.add('坏表');
    await expect(hostOn(fake).readWorkbook()).rejects.toThrow('无法读取文件“x.xlsx”工作表“坏表”：WPS 返回错误（UsedRange: E_FAIL）。请确认该工作表未损坏后重试。');
  });
});
