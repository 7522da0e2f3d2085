import { WriteBatch } from '../../../src/taskpane/store/write-batch';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WriteBatch', () => {
  it('answers requests made before the pause with one write', async () => {
    const writes: string[][] = [];
    const batch = new WriteBatch<string>(async (tags) => void writes.push(tags), 20);
    await Promise.all([batch.request('a'), batch.request('b'), batch.request('c')]);
    expect(writes).toEqual([['a', 'b', 'c']]);
  });

  it('never overlaps writes: a request during a write goes into the next one', async () => {
    let running = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const writes: string[][] = [];
    const batch = new WriteBatch<string>(async (tags) => {
      running += 1;
      most = Math.max(most, running);
      if (tags[0] === 'first') await new Promise<void>((resolve) => (release = resolve));
      writes.push(tags);
      running -= 1;
    }, 0);
    const first = batch.request('first');
    void batch.flush();
    await tick();
    const second = batch.request('second');
    void batch.flush();
    await tick();
    expect(writes).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(writes).toEqual([['first'], ['second']]);
    expect(most).toBe(1);
  });

  it('holds writes at the gate until it opens', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const writes: number[][] = [];
    const batch = new WriteBatch<number>(async (tags) => void writes.push(tags), 0, () => gate);
    const done = batch.request(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    batch.request(2).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(writes).toEqual([]);
    open();
    await done;
    await batch.flush();
    expect(writes.flat()).toEqual([1, 2]);
  });

  it('rejects every request of a failed write, and writes later requests again', async () => {
    let fail = true;
    const batch = new WriteBatch<string>(async () => {
      if (fail) throw new Error('写入失败');
    }, 0);
    const results = await Promise.allSettled([batch.request('a'), batch.request('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(batch.request('c')).resolves.toBeUndefined();
  });

  it('flush resolves at once when nothing waits', async () => {
    const batch = new WriteBatch<string>(async () => undefined, 1000);
    await expect(batch.flush()).resolves.toBeUndefined();
  });
});
