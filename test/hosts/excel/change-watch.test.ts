/** ExcelHost.onChanged: debounced, owned sheets ignored, sheet events, unsubscribe removes the handlers. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { OWNED_SHEET_PREFIX } from '../../../src/hosts/workbook-host';
import { ManualTimer, fakeWith, hostOn } from './helpers';

const OWNED = `${OWNED_SHEET_PREFIX}审核结果`;

function setup(apiVersion = '1.13') {
  const fake = fakeWith([gridFromRows('一 收入支出决算总表', [[1]]), gridFromRows('二 收入决算表', [[2]]), gridFromRows(OWNED, [['旧']])], { apiVersion });
  const timer = new ManualTimer();
  const host = hostOn(fake, { timer, debounceMs: 800 });
  let calls = 0;
  return { fake, timer, host, count: () => calls, callback: () => void calls++ };
}

describe('ExcelHost.onChanged', () => {
  it('calls back once after a burst of edits has been quiet for the debounce time', async () => {
    const { fake, timer, host, count, callback } = setup();
    await host.onChanged(callback);
    expect(fake.listenerCount).toBe(3);
    fake.userEdit('一 收入支出决算总表', 'B2', 5);
    await fake.settle();
    timer.advance(500);
    fake.userEdit('二 收入决算表', 'C3', 6);
    await fake.settle();
    timer.advance(500);
    await fake.settle();
    expect(count()).toBe(0);
    timer.advance(300);
    await fake.settle();
    expect(count()).toBe(1);
    expect(timer.pending).toBe(0);
  });

  it('ignores changes that touch only add-in-owned sheets, including its own writes', async () => {
    const { fake, timer, host, count, callback } = setup();
    await host.onChanged(callback);
    await host.writeOwnedSheet(OWNED, [['新']]);
    fake.userEdit(OWNED, 'A2', 'x');
    await fake.settle();
    expect(timer.pending).toBe(1);
    timer.advance(800);
    await fake.settle();
    expect(count()).toBe(0);
    fake.userEdit(OWNED, 'A3', 'y');
    fake.userEdit('二 收入决算表', 'A1', 9);
    await fake.settle();
    timer.advance(800);
    await fake.settle();
    expect(count()).toBe(1);
  });

  it('stops and removes the handler when unsubscribed', async () => {
    const { fake, timer, host, count, callback } = setup();
    const stop = await host.onChanged(callback);
    fake.userEdit('一 收入支出决算总表', 'A1', 1);
    await fake.settle();
    stop();
    await fake.settle();
    expect(fake.listenerCount).toBe(0);
    expect(timer.pending).toBe(0);
    fake.userEdit('一 收入支出决算总表', 'A1', 2);
    await fake.settle();
    timer.advance(5000);
    await fake.settle();
    expect(count()).toBe(0);
    stop();
  });

  it('registers with one sync and checks sheet names with one sync per burst', async () => {
    const { fake, timer, host, callback } = setup();
    await host.onChanged(callback);
    expect(fake.syncCount).toBe(1);
    for (let i = 0; i < 10; i++) fake.userEdit('二 收入决算表', `A${i + 1}`, i);
    await fake.settle();
    timer.advance(800);
    await fake.settle();
    expect(fake.syncCount).toBe(2);
  });

  it('re-checks when the user adds or deletes a sheet (ExcelApi 1.7), not when the add-in adds or replaces its own', async () => {
    const { fake, timer, host, count, callback } = setup();
    await host.onChanged(callback);
    fake.userAddSheet('三 支出决算表');
    await fake.settle();
    timer.advance(800);
    await fake.settle();
    expect(count()).toBe(1);
    fake.userDeleteSheet('三 支出决算表');
    await fake.settle();
    timer.advance(800);
    await fake.settle();
    expect(count()).toBe(2);
    // Deleting and adding its own sheet (as insertCharts does) is not a reason to check again.
    fake.userDeleteSheet(OWNED);
    fake.userAddSheet(`${OWNED_SHEET_PREFIX}图表`);
    await fake.settle();
    timer.advance(800);
    await fake.settle();
    expect(count()).toBe(2);
  });

  it('re-checks when a sheet is renamed or hidden where ExcelApi 1.17 is supported', async () => {
    const { fake, timer, host, count, callback } = setup('1.17');
    await host.onChanged(callback);
    expect(fake.listenerCount).toBe(5);
    fake.userRenameSheet('二 收入决算表', '二 收入表');
    await fake.settle();
    timer.advance(800);
    await fake.settle();
    expect(count()).toBe(1);
    fake.userHideSheet('二 收入表');
    await fake.settle();
    timer.advance(800);
    await fake.settle();
    expect(count()).toBe(2);
  });

  it('asks for no 1.17 events where they are missing, and registers the rest', async () => {
    const { fake, host, callback } = setup('1.9');
    await host.onChanged(callback);
    expect(fake.listenerCount).toBe(3);
    fake.userRenameSheet('二 收入决算表', '二 收入表');
    await fake.settle();
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);
  });

  it('removes the handlers in Excel.run(context, …); a bare sync on the ended context is refused', async () => {
    const { fake, callback } = setup();
    const withoutRunIn = hostOn(fake, { runIn: undefined, timer: new ManualTimer() });
    const stopBare = await withoutRunIn.onChanged(callback);
    stopBare();
    await fake.settle();
    expect(fake.listenerCount).toBe(3); // still registered: the removal never reached Excel

    const host = hostOn(fake, { timer: new ManualTimer() });
    const stop = await host.onChanged(callback);
    expect(fake.listenerCount).toBe(6);
    stop();
    await fake.settle();
    expect(fake.listenerCount).toBe(3);
  });
});
