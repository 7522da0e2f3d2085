/** Builders for the PaneStore tests. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { WorkbookSource } from '../../../src/core/grid/sheet-grid';
import { PaneStore, type WorkbookReader } from '../../../src/taskpane/store/pane-store';
import type { Phase } from '../../../src/taskpane/store/pane-state';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { FakeHost } from '../fake-host';

export const NOW = new Date('2025-03-01T08:00:00.000Z');
export const SAMPLES = join(__dirname, '..', '..', '..', 'assets', 'samples');

export const sampleBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(SAMPLES, name)));

/** A picked file of these bytes, as the pane's file input gives it. */
export const picked = (name: string, bytes: Uint8Array = sampleBytes(name)) => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

export const sampleSource = (name: string): Promise<WorkbookSource> => readWorkbookBuffer(sampleBytes(name), name);

/** A store on a fake host holding `source`, recording the phases it goes through. */
export function setup(source: WorkbookSource, reader?: WorkbookReader): { host: FakeHost; store: PaneStore; phases: Phase[] } {
  const host = new FakeHost(source);
  const store = new PaneStore(host, { debounceMs: 5, now: () => NOW, reader, writeDelayMs: 0 });
  const phases: Phase[] = [];
  store.subscribe(() => {
    const p = store.getState().phase;
    if (phases[phases.length - 1] !== p) phases.push(p);
  });
  return { host, store, phases };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
