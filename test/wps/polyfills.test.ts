/** The built-ins the WPS pane fills in where WPS's Chromium lacks them. */
import { installPolyfills, polyfillsForTest as p } from '../../src/wps/polyfills';

describe('WPS pane polyfills', () => {
  it('behave as the built-ins they stand in for', () => {
    expect(p.at.call([1, 2, 3], -1)).toBe(3);
    expect(p.at.call('abc', 1)).toBe('b');
    expect(p.at.call([1], 5)).toBeUndefined();
    expect(p.flat.call([1, [2, [3, [4]]]], 2)).toEqual([1, 2, 3, [4]]);
    expect(p.flatMap.call([1, 2], (x) => [x, (x as number) * 10])).toEqual([1, 10, 2, 20]);
    expect(p.fromEntries([['a', 1], ['b', 2]])).toEqual({ a: 1, b: 2 });
    expect(p.hasOwn({ a: 1 }, 'a')).toBe(true);
    expect(p.hasOwn(Object.create({ a: 1 }), 'a')).toBe(false);
    expect([...p.matchAll.call('a1b22', /\d+/g)].map((m) => m[0])).toEqual(['1', '22']);
    expect(() => p.matchAll.call('a', /a/)).toThrow(TypeError);
    expect(p.replaceAll.call('a-b-c', '-', '+')).toBe('a+b+c');
  });

  it('settles every promise', async () => {
    expect(await p.allSettled([Promise.resolve(1), Promise.reject(new Error('x'))])).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('x') },
    ]);
  });

  it('installs only what is missing', () => {
    function FakeArray() {}
    FakeArray.prototype = { flat: 'native' };
    const scope = { Array: FakeArray as unknown as ArrayConstructor, Object: {} as ObjectConstructor, String: { prototype: {} } as StringConstructor, Promise: {} as PromiseConstructor };
    const global: Record<string, unknown> = {};
    installPolyfills(scope, global);
    const proto = FakeArray.prototype as Record<string, unknown>;
    expect(proto.flat).toBe('native');
    expect(proto.at).toBe(p.at);
    expect((scope.Object as unknown as Record<string, unknown>).fromEntries).toBe(p.fromEntries);
    expect(global.globalThis).toBe(global);
    expect(typeof global.queueMicrotask).toBe('function');
  });
});
