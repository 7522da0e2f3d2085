/** While the user types in a cell, the host waits and retries (edit-mode.ts) instead of failing. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { emptyStored } from '../../../src/core/stored';
import { ExcelBusyError } from '../../../src/hosts/excel';
import type { Timer } from '../../../src/hosts/excel/change-watch';
import { fakeWith, hostOn } from './helpers';
import type { FakeExcel } from './fake-excel';

/** A timer that runs each wait at once, and ends cell edit mode after `editingWaits` waits. */
function editingTimer(fake: FakeExcel, editingWaits: number): Timer & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    setTimeout: (fn, ms) => {
      waits.push(ms);
      if (waits.length >= editingWaits) fake.cellEditMode = false;
      void Promise.resolve().then(fn);
      return waits.length;
    },
    clearTimeout: () => undefined,
  };
}

describe('ExcelHost in cell edit mode', () => {
  it('reads once the user leaves the cell, after waiting', async () => {
    const fake = fakeWith([gridFromRows('表1', [['收入', 100]])]);
    fake.cellEditMode = true;
    const timer = editingTimer(fake, 3);
    const source = await hostOn(fake, { timer }).readWorkbook();
    expect(source.sheets[0].cells[0]).toEqual([{ value: '收入' }, { value: 100 }]);
    expect(timer.waits).toEqual([300, 700, 1000]);
    expect(fake.syncs.filter((s) => s.failed === 'InvalidOperationInCellEditMode')).toHaveLength(3);
  });

  it('saves stored data and writes its own sheet the same way', async () => {
    const fake = fakeWith([gridFromRows('表1', [[1]])]);
    fake.cellEditMode = true;
    const host = hostOn(fake, { timer: editingTimer(fake, 1) });
    const written = await host.saveStored({ ...emptyStored(), settings: { unitName: '某局' } });
    expect((await host.loadStored()).data).toEqual(written);
    fake.cellEditMode = true;
    await host.writeOwnedSheet('决算助手_审核结果', [['规则'], ['T01']]);
    expect(fake.valueAt('决算助手_审核结果', 'A2')).toBe('T01');
  });

  it('gives up with a Chinese message when the user stays in the cell', async () => {
    const fake = fakeWith([gridFromRows('表1', [[1]])]);
    fake.cellEditMode = true;
    const host = hostOn(fake, { timer: editingTimer(fake, Infinity), editModeWaits: [10, 20] });
    const read = host.readWorkbook();
    await expect(read).rejects.toBeInstanceOf(ExcelBusyError);
    await expect(read).rejects.toThrow('Excel 正在编辑单元格，暂时无法读写工作簿。请按 Enter 或 Esc 结束单元格编辑后重试。');
    expect(fake.syncs).toHaveLength(3);
  });

  it('does not retry other errors', async () => {
    const fake = fakeWith([gridFromRows('表1', [[1]])]);
    fake.sheet('表1').broken = true;
    const timer = editingTimer(fake, 1);
    await expect(hostOn(fake, { timer }).readWorkbook()).rejects.toThrow(/GeneralException/);
    expect(timer.waits).toEqual([]);
  });
});
