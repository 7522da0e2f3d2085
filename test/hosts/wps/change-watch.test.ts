/** WpsHost.onChanged: SheetChange through Application.ApiEvent, or a plain message where WPS has none. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { WpsEventsUnavailableError } from '../../../src/hosts/wps/errors';
import { describeError } from '../../../src/taskpane/pane-message';
import { fakeWith, hostOn, VARIANTS } from './helpers';

const workbook = (options: Parameters<typeof fakeWith>[1] = {}) => fakeWith([gridFromRows('表1', [[1]])], options);

describe('WpsHost.onChanged', () => {
  it('calls back on the user’s edits, not on the add-in’s own sheets, until stopped', async () => {
    for (const members of VARIANTS) {
      const fake = workbook({ members });
      const host = hostOn(fake);
      let calls = 0;
      const stop = await host.onChanged(() => calls++);
      expect(fake.listenerCount('SheetChange')).toBe(1);
      fake.userEdit('表1', 'A1', 2);
      expect(calls).toBe(1);
      await host.writeOwnedSheet('决算助手_图表', [['x']]);
      fake.userEdit('决算助手_图表', 'A1', 3);
      expect(calls).toBe(1);
      stop();
      expect(fake.listenerCount('SheetChange')).toBe(0);
      fake.userEdit('表1', 'A1', 4);
      expect(calls).toBe(1);
    }
  });

  it('rejects with a plain message the pane shows where WPS raises no events', async () => {
    const host = hostOn(workbook({ events: false }));
    const err = await host.onChanged(() => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WpsEventsUnavailableError);
    expect(describeError(err, 'check').body).toBe('这一版本的 WPS 不向加载项报告单元格的修改，决算助手无法在修改后自动重新检查。 修改表格后，请点击“检查”重新审核。');
  });
});
