/**
 * Office.context.document.settings as a fake: values are kept as JSON (as Office does), and
 * only what saveAsync stored survives `reopen()` (closing and opening the file).
 */
import { strict } from './client-object';

interface AsyncResult {
  status: 'succeeded' | 'failed';
  value: undefined;
  error?: { name: string; message: string; code: number };
}

export class FakeSettings {
  private current = new Map<string, string>();
  private saved = new Map<string, string>();
  saveCount = 0;
  /** Make the next saveAsync fail (e.g. a read-only document). */
  failNextSave = false;

  constructor() {
    return strict(this);
  }

  get(name: string): unknown {
    const json = this.current.get(name);
    return json === undefined ? null : JSON.parse(json);
  }

  set(name: string, value: unknown): void {
    this.current.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.current.delete(name);
  }

  saveAsync(options?: unknown, callback?: (result: AsyncResult) => void): void {
    const cb = typeof options === 'function' ? (options as (result: AsyncResult) => void) : callback;
    const fail = this.failNextSave;
    this.failNextSave = false;
    setTimeout(() => {
      if (fail) {
        cb?.({ status: 'failed', value: undefined, error: { name: 'Save error', message: 'The document is read-only.', code: 5009 } });
        return;
      }
      this.saved = new Map(this.current);
      this.saveCount++;
      cb?.({ status: 'succeeded', value: undefined });
    }, 0);
  }

  /** The settings as they are after the file is closed and opened again. */
  reopen(): void {
    this.current = new Map(this.saved);
  }
}
