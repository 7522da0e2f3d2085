import { PaneStore } from '../../../src/taskpane/store/pane-store';
import { FakeHost } from '../fake-host';
import { NOW, sampleSource, setup, sleep } from './support';

describe('PaneStore: writes that clear the undo stack', () => {
  it('asks once before the first write, keeps the change in the pane meanwhile, then writes without asking again', async () => {
    const { host, store } = setup(await sampleSource('national-2024.xlsx'));
    host.clearsUndoOnWrite = true;
    await store.start();
    const saving = store.saveExplanation('K', '已核对。');
    await sleep(20);
    expect(store.getState().undoNotice).toBe(true);
    expect(host.saves).toHaveLength(0);
    expect(store.getState().stored.annotations.K?.explanation).toBe('已核对。');
    store.acceptUndoNotice();
    await saving;
    expect(store.getState().undoNotice).toBe(false);
    expect(host.saves).toHaveLength(1);
    await store.saveReason('reason:收支总计', '原因');
    expect(store.getState().undoNotice).toBe(false);
    expect(host.saves).toHaveLength(2);
  });

  it('does not ask where writes keep the undo stack (the preview)', async () => {
    const { host, store } = setup(await sampleSource('national-2024.xlsx'));
    await store.start();
    await store.saveExplanation('K', '已核对。');
    expect(store.getState().undoNotice).toBe(false);
    expect(host.saves).toHaveLength(1);
  });

  it('writes a burst of saves once after the pause, not once per save', async () => {
    const host = new FakeHost(await sampleSource('national-2024.xlsx'));
    const store = new PaneStore(host, { now: () => NOW, writeDelayMs: 50 });
    await store.start();
    const burst = [store.saveExplanation('A', '一'), store.setIgnored('B', true), store.saveReason('reason:收支总计', '二')];
    await sleep(5);
    void store.saveExplanation('C', '三');
    await Promise.all(burst);
    expect(host.saves).toHaveLength(1);
    expect(Object.keys(host.stored.annotations).sort()).toEqual(['A', 'B', 'C']);
    expect(host.stored.reasons['reason:收支总计']?.text).toBe('二');
    store.dispose();
  });
});
