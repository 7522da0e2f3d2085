/**
 * The proxy side of the fake: client objects whose properties are unavailable until
 * load() and sync(), whose methods queue work for the next sync, and which throw on any
 * member the fake does not model (so a host cannot lean on something untested).
 */
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from './errors';
import { type LoadArg, loadPaths } from './load-options';

/** What a queued action gives back: data for the response, and what to apply on success. */
export interface ActionResult {
  response?: unknown;
  commit?: () => void;
}

/** The part of the request context client objects need. */
export interface FakeQueue {
  enqueue(op: Record<string, unknown>, run: () => ActionResult | void): void;
  /** Queue a failure when the client's requirement sets lack `set` (ExcelApi version). */
  requireApi(set: string, api: string): void;
}

const PASS_THROUGH = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'inspect', 'length']);

/** Wrap an object so that reading a member it does not have throws. */
export function strict<T extends object>(obj: T): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target || PASS_THROUGH.has(prop) || prop.startsWith('@@') || prop.startsWith('_')) {
        return Reflect.get(target, prop, receiver);
      }
      throw new TypeError(`${target.constructor.name}.${prop} is not modelled by the fake Excel`);
    },
  });
}

/** OfficeExtension.ClientResult: `value` is there only after the sync that computed it. */
export class FakeClientResult<V> {
  private has = false;
  private v: V | undefined = undefined;

  constructor() {
    return strict(this);
  }

  get value(): V {
    if (!this.has) throw new FakeOfficeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
    return this.v as V;
  }

  /** Called by the fake when the sync that computes the value succeeds. */
  settle(v: V): void {
    this.v = v;
    this.has = true;
  }
}

export type Source<T> = { resolve: () => T | null; op: Record<string, unknown> } | { ready: T | null };

export abstract class FakeClientObject<T> {
  /** undefined until the sync that creates the object has run; null for a null object. */
  protected target: T | null | undefined = undefined;
  protected readonly loaded = new Map<string, unknown>();
  /** Scalar properties that load() accepts. */
  protected abstract readonly scalars: readonly string[];

  constructor(
    readonly context: FakeQueue,
    source: Source<T>,
  ) {
    if ('ready' in source) this.target = source.ready;
    else context.enqueue(source.op, () => void (this.target = source.resolve()));
    return strict(this);
  }

  get isNullObject(): boolean {
    if (this.target === undefined) throw propertyNotLoaded('isNullObject');
    return this.target === null;
  }

  /** The object's target while a sync runs; a null object cannot be used for anything. */
  protected need(): T {
    if (this.target === undefined) throw new Error(`fake Excel: ${this.constructor.name} used before it was created`);
    if (this.target === null) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${this.constructor.name} is a null object)`);
    return this.target;
  }

  /** A loaded property's value, or PropertyNotLoaded. */
  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Read scalar `name` from the target (at sync time). */
  protected abstract read(target: T, name: string): unknown;

  protected scalarNames(arg: LoadArg): string[] {
    const paths = loadPaths(arg);
    if (paths.length === 0 || paths.includes('*')) return [...this.scalars];
    for (const p of paths) if (!this.scalars.includes(p)) throw invalidArgument(`${this.constructor.name} has no loadable property ${p}`);
    return paths;
  }

  load(arg?: LoadArg): this {
    const names = this.scalarNames(arg);
    this.context.enqueue({ op: 'load', type: this.constructor.name, props: names }, () => {
      if (this.target === null) return { response: null };
      const t = this.need();
      const data: Record<string, unknown> = {};
      for (const n of names) data[n] = this.read(t, n);
      return { response: data, commit: () => Object.entries(data).forEach(([k, v]) => this.loaded.set(k, v)) };
    });
    return this;
  }

  /** Queue a method that returns a primitive result (ClientResult). */
  protected result<V>(op: Record<string, unknown>, compute: (target: T) => V): FakeClientResult<V> {
    const out = new FakeClientResult<V>();
    this.context.enqueue(op, () => {
      const value = compute(this.need());
      return { response: value, commit: () => out.settle(value) };
    });
    return out;
  }

  /** Queue a method or property write that changes the workbook. */
  protected act(op: Record<string, unknown>, apply: (target: T) => void): void {
    this.context.enqueue(op, () => apply(this.need()));
  }
}
