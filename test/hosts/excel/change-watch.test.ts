/** ExcelHost.onChanged: debounced, owned sheets ignored, unsubscribe removes the handler. */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { OWNED_SHEET_PREFIX } from '../../../src/hosts/workbook-host';
import { ManualTimer, fakeWith, hostOn } from './helpers';

const OWNED = `${OWNED_SHEET_PREFIX}审核结果`;

function setup() {
  const fake = fakeWith([gridFromRows('一 收入支出决算总表', [[1]]), gridFromRows('二 收入决算表', [[2]]), gridFromRows(OWNED, [['旧']])]);
  const timer = new ManualTimer();
  const host = hostOn(fake, { timer, debounceMs: 800 });
  let calls = 0;
  return { fake, timer, host, count: () => calls, callback: () => void calls++ };
}

describe('ExcelHost.onChanged', () => {
  it('calls back once after a burst of edits has been quiet for the debounce time', async () => {
    const { fake, timer, host, count, callback } = setup();
    await host.onChanged(callback);
    expect(fake.listenerCount).toBe(1);
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
});
