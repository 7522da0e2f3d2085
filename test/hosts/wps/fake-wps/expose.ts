/**
 * How the fake exposes a member: as a property (getter/setter) or as a method, per the
 * variant under test. The Kingsoft typings (wps-jsapi lib.et.d.ts) declare members with
 * parameters as methods (`Worksheet.ChartObjects(Index)`, `Chart.SeriesCollection(Index)`,
 * `Series.DataLabels(Index)`, `Chart.Axes(Type)`, `Range.Address(...)`) and the rest as
 * properties; published add-ins read some of the former as properties, and a COM-style
 * bridge may expose read-only properties as zero-argument methods. Which a given WPS build
 * does is unverified, so the fake offers all three:
 *  - 'typings': as lib.et.d.ts declares them;
 *  - 'properties': every member a property (a collection then indexed through Item);
 *  - 'methods': every read-only member a zero-argument method too (UsedRange(), Count() …).
 */
export type MemberVariant = 'typings' | 'properties' | 'methods';

/** Members lib.et.d.ts declares as methods (with optional arguments). */
const TYPED_AS_METHODS = new Set(['ChartObjects', 'SeriesCollection', 'DataLabels', 'Axes', 'Address']);

/**
 * Define a read-only member `name` on `target`. `read(...args)` gives its value; as a
 * property, arguments are not available (a collection value is indexed through its Item).
 */
export function expose(target: object, variant: MemberVariant, name: string, read: (...args: unknown[]) => unknown): void {
  const asMethod = variant === 'methods' || (variant === 'typings' && TYPED_AS_METHODS.has(name));
  if (asMethod) Object.defineProperty(target, name, { value: (...args: unknown[]) => read(...args), enumerable: true, configurable: true });
  else Object.defineProperty(target, name, { get: () => read(), enumerable: true, configurable: true });
}

/** A read-write property (Name, Visible, Value2, NumberFormat …): always a property, as assignment needs. */
export function property(target: object, name: string, read: () => unknown, write: (v: unknown) => void): void {
  Object.defineProperty(target, name, { get: read, set: write, enumerable: true, configurable: true });
}

/** A method (Item, Add, Select, Activate, Delete …): a method in every variant. */
export function method(target: object, name: string, fn: (...args: unknown[]) => unknown): void {
  Object.defineProperty(target, name, { value: fn, enumerable: true, configurable: true });
}

/** The error WPS raises through the bridge for a refused call (its text is not documented). */
export class FakeWpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FakeWpsError';
  }
}
