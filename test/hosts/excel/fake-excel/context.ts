/**
 * The request context: a queue of actions run in order on sync(), with what each sync cost
 * (requests, request and response bytes) recorded, and Excel on the web's payload limit
 * enforced.
 */
import type { ActionResult } from './client-object';
import { FakeOfficeError, apiNotFound } from './errors';
import type { FakeWorkbookModel } from './model';
import type { FakeContextLike } from './range';
import { FakeWorkbook } from './workbook';

export interface SyncRecord {
  /** Actions in the batch: object creations, loads, writes, method calls. */
  requests: number;
  /** UTF-8 bytes of the batch as JSON. */
  requestBytes: number;
  /** UTF-8 bytes of the data the batch brought back, as JSON. */
  responseBytes: number;
  /** The error code when the sync failed. */
  failed?: string;
}

/** Shared by all contexts of one fake: the client's API level and the record of syncs. */
export interface FakeEnvironment {
  readonly model: FakeWorkbookModel;
  /** Highest ExcelApi requirement set the client supports, e.g. "1.13". */
  apiVersion: string;
  /** Bytes allowed per request and per response (Excel on the web: 5 MB); Infinity for desktop. */
  payloadLimit: number;
  readonly syncs: SyncRecord[];
}

/** "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

const encoder = new TextEncoder();
const bytes = (value: unknown): number => {
  const json = JSON.stringify(value) ?? '';
  return typeof Buffer !== 'undefined' ? Buffer.byteLength(json, 'utf8') : encoder.encode(json).length;
};

interface Action {
  op: Record<string, unknown>;
  run: () => ActionResult | void;
}

export class FakeRequestContext implements FakeContextLike {
  readonly workbook: FakeWorkbook;
  private queue: Action[] = [];

  constructor(private readonly env: FakeEnvironment) {
    this.workbook = new FakeWorkbook(this);
  }

  get model(): FakeWorkbookModel {
    return this.env.model;
  }

  get application(): FakeWorkbook['application'] {
    return this.workbook.application;
  }

  enqueue(op: Record<string, unknown>, run: () => ActionResult | void): void {
    this.queue.push({ op, run });
  }

  requireApi(set: string, api: string): void {
    if (compareVersions(this.env.apiVersion, set) >= 0) return;
    this.enqueue({ op: 'unsupported', api }, () => {
      throw apiNotFound(api, set);
    });
  }

  /** Run the queued actions in order; loaded values appear only when the whole batch succeeds. */
  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    const record: SyncRecord = { requests: actions.length, requestBytes: bytes(actions.map((a) => a.op)), responseBytes: 0 };
    this.env.syncs.push(record);
    if (record.requestBytes > this.env.payloadLimit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const responses: unknown[] = [];
    const commits: (() => void)[] = [];
    for (const action of actions) {
      try {
        const result = action.run();
        if (result?.response !== undefined) responses.push(result.response);
        if (result?.commit) commits.push(result.commit);
      } catch (err) {
        record.failed = (err as { code?: string }).code ?? 'GeneralException';
        throw err;
      }
    }
    record.responseBytes = bytes(responses);
    if (record.responseBytes > this.env.payloadLimit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const commit of commits) commit();
  }
}
