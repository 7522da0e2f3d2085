/**
 * Built-ins the pane and its libraries use that WPS's embedded Chromium may lack. WPS does
 * not document which Chromium a build embeds (docs/wps.md); the syntax is lowered to ES2017
 * by the build, and these fill in the library: each is installed only where missing.
 * Array.prototype.at/flat/flatMap, Object.fromEntries/hasOwn, String.prototype.matchAll/
 * replaceAll/at, globalThis, queueMicrotask, Promise.allSettled.
 */

type Fn = (...args: never[]) => unknown;

function define(target: object, name: string, value: Fn): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i < 0 || i >= this.length ? undefined : this[i];
}

function flat(this: unknown[], depth = 1): unknown[] {
  const out: unknown[] = [];
  const walk = (list: unknown[], d: number): void => {
    for (const v of list) {
      if (Array.isArray(v) && d > 0) walk(v, d - 1);
      else out.push(v);
    }
  };
  walk(this, depth);
  return out;
}

function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): unknown[] {
  return flat.call(this.map(fn, thisArg), 1);
}

function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
}

function hasOwn(o: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

function matchAll(this: string, re: RegExp): IterableIterator<RegExpExecArray> {
  if (!re.global) throw new TypeError('matchAll requires a global RegExp');
  const copy = new RegExp(re.source, re.flags);
  const text = String(this);
  const matches: RegExpExecArray[] = [];
  for (let m = copy.exec(text); m; m = copy.exec(text)) {
    matches.push(m);
    if (m[0] === '') copy.lastIndex++;
  }
  return matches[Symbol.iterator]();
}

function replaceAll(this: string, search: string | RegExp, replacement: string): string {
  if (search instanceof RegExp) return String(this).replace(search, replacement);
  return String(this).split(search).join(replacement);
}

function allSettled(promises: Iterable<unknown>): Promise<PromiseSettledResult<unknown>[]> {
  return Promise.all(
    Array.from(promises, (p) =>
      Promise.resolve(p).then(
        (value) => ({ status: 'fulfilled' as const, value }),
        (reason: unknown) => ({ status: 'rejected' as const, reason }),
      ),
    ),
  );
}

/** Install what `scope` lacks; exported for the tests. */
export function installPolyfills(scope: { Array: ArrayConstructor; Object: ObjectConstructor; String: StringConstructor; Promise: PromiseConstructor }, global: Record<string, unknown>): void {
  define(scope.Array.prototype, 'at', at as Fn);
  define(scope.Array.prototype, 'flat', flat as Fn);
  define(scope.Array.prototype, 'flatMap', flatMap as Fn);
  define(scope.Object, 'fromEntries', fromEntries as Fn);
  define(scope.Object, 'hasOwn', hasOwn as Fn);
  define(scope.String.prototype, 'at', at as Fn);
  define(scope.String.prototype, 'matchAll', matchAll as Fn);
  define(scope.String.prototype, 'replaceAll', replaceAll as Fn);
  define(scope.Promise, 'allSettled', allSettled as Fn);
  if (!('globalThis' in global)) global.globalThis = global;
  if (typeof global.queueMicrotask !== 'function') global.queueMicrotask = (fn: () => void) => void Promise.resolve().then(fn);
}

export const polyfillsForTest = { at, flat, flatMap, fromEntries, hasOwn, matchAll, replaceAll, allSettled };

installPolyfills({ Array, Object, String, Promise }, (typeof window !== 'undefined' ? window : {}) as unknown as Record<string, unknown>);
