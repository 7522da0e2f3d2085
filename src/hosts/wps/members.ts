/**
 * The one place where the WPS 表格 object model is touched by name. WPS exposes the
 * VBA-like ET object model to JS add-ins through a COM-style bridge, and one member can be a
 * property in one build and a method in another: the Kingsoft typings (wps-jsapi,
 * lib.et.d.ts) declare `Range.Address(...)`, `Range.Value(...)`, `Worksheet.ChartObjects(...)`,
 * `Series.DataLabels(...)` as methods and `Range.Value2`, `Range.Text`, `Worksheet.UsedRange`
 * as properties, while the wpsjs templates and published add-ins read several of the former
 * as properties (`range.Address`). `get` accepts both forms, so no other module cares.
 *
 * Every failure of a call is rethrown as a WpsCallError naming the member, so a host
 * operation can say which member WPS refused (the first real run will tell which).
 */

/** An object of the WPS object model, seen only through its members. */
export type WpsObject = Record<string, unknown>;

/** A call into WPS failed; `member` is "Range.Value2" style, for the message. */
export class WpsCallError extends Error {
  constructor(
    readonly member: string,
    override readonly cause: unknown,
  ) {
    super(`${member}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'WpsCallError';
  }
}

function attempt<T>(member: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof WpsCallError) throw err;
    throw new WpsCallError(member, err);
  }
}

function objectOf(value: unknown, member: string): WpsObject {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new WpsCallError(member, new Error('WPS 未返回对象'));
  }
  return value as WpsObject;
}

/**
 * A member's value whether WPS exposes it as a property or as a method: with `args`, a
 * method is called with them and a property holding a collection is indexed through its
 * `Item` (VBA's default member: `ChartObjects(1)` is `ChartObjects.Item(1)`).
 */
export function get(obj: WpsObject, name: string, ...args: unknown[]): unknown {
  return attempt(name, () => {
    const member = obj[name];
    if (typeof member === 'function') return (member as (...a: unknown[]) => unknown).apply(obj, args);
    if (args.length > 0 && member && typeof member === 'object' && typeof (member as WpsObject).Item === 'function') {
      return ((member as WpsObject).Item as (...a: unknown[]) => unknown).apply(member, args);
    }
    return member;
  });
}

/** `get` for a member that must be an object (a Range, a Worksheet …). */
export function getObject(obj: WpsObject, name: string, ...args: unknown[]): WpsObject {
  return objectOf(get(obj, name, ...args), name);
}

/** A member that must be a number (Count, Row, Column). */
export function getNumber(obj: WpsObject, name: string): number {
  const v = get(obj, name);
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) throw new WpsCallError(name, new Error(`不是数值：${String(v)}`));
  return n;
}

/** Assign a property (`Visible = 0`, `Value2 = [[…]]`). */
export function set(obj: WpsObject, name: string, value: unknown): void {
  attempt(name, () => {
    obj[name] = value;
  });
}

/** Call a method that must be one (`Activate()`, `Add(…)`, `Delete()`). */
export function call(obj: WpsObject, name: string, ...args: unknown[]): unknown {
  return attempt(name, () => {
    const member = obj[name];
    if (typeof member !== 'function') throw new Error('WPS 不支持此方法');
    return (member as (...a: unknown[]) => unknown).apply(obj, args);
  });
}

/** True when `obj` has a member `name` in either form. */
export function has(obj: WpsObject, name: string): boolean {
  try {
    return obj[name] !== undefined && obj[name] !== null;
  } catch {
    return false;
  }
}

/** The 1-based collection's items, Item(1) … Item(Count). */
export function items(collection: WpsObject): WpsObject[] {
  const n = getNumber(collection, 'Count');
  const out: WpsObject[] = [];
  for (let i = 1; i <= n; i++) out.push(objectOf(call(collection, 'Item', i), 'Item'));
  return out;
}
