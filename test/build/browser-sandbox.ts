/**
 * Evaluate the UMD browser bundle with Node's vm in a context holding only browser-like
 * globals: no require, module, process, Buffer or global. If the bundle needed Node, it
 * would fail here.
 */
import { readFileSync } from 'fs';
import vm from 'vm';

/** What the bundle's `Juesuan` global offers (the exports of browser-engine.ts), loosely typed. */
export interface BundledEngine {
  readWorkbookBuffer: (data: ArrayBuffer | Uint8Array, fileName: string) => Promise<unknown>;
  checkWorkbook: (source: unknown) => { model: { template: string; schedules: Map<string, unknown> }; findings: unknown[] };
  isBlocking: (finding: unknown) => boolean;
}

export interface Sandbox {
  engine: BundledEngine;
  /** Run an expression inside the sandbox (to see what it holds). */
  evaluate: (code: string) => unknown;
  /** Copy bytes into a Uint8Array of the sandbox's own realm, as a browser File would give. */
  bytes: (data: Uint8Array) => Uint8Array;
}

/** Load the bundle at `bundlePath` into a fresh browser-like context. */
export function loadBundle(bundlePath: string): Sandbox {
  // Promise, Uint8Array, ArrayBuffer, Map … are the context's own built-ins; add only what
  // a browser has on top of the language.
  const context = vm.createContext({ TextDecoder, TextEncoder, setTimeout, clearTimeout, queueMicrotask, console });
  vm.runInContext('globalThis.self = globalThis;', context);
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: bundlePath });
  const evaluate = (code: string): unknown => vm.runInContext(code, context);
  const bytes = (data: Uint8Array): Uint8Array => {
    const inner = evaluate(`new Uint8Array(${data.length})`) as Uint8Array;
    inner.set(data);
    return inner;
  };
  return { engine: evaluate('self.Juesuan') as BundledEngine, evaluate, bytes };
}
