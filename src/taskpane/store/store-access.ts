/** What the pane store's parts (verify-part.ts, bureau-part.ts) share with the store that composes them. */
import { JuesuanError } from '../../core/errors';
import type { PaneState } from './pane-state';

/** The store's state, as its parts read and change it (every change goes through the store's one update). */
export interface StoreAccess {
  getState(): PaneState;
  update(patch: Partial<PaneState>): void;
}

/** The part of a File an import needs (a browser File, or a stand-in in tests). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** An error as the pane says it: an expected one's Chinese message, else "出现意外错误：…". */
export const textOf = (err: unknown): string => (err instanceof JuesuanError ? err.message : `出现意外错误：${err instanceof Error ? err.message : String(err)}`);
