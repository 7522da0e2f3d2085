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
  /**
   * What a load of cell data over 5,000,000 cells gives: Microsoft documents the limit as an
   * error but adds "the API doesn't always throw an error. In some cases, Range.values returns
   * null instead" (office-js-docs-pr #5821; office-js #4783, #6781). 'null' (default) or 'error'.
   */
  overLimitCells: 'null' | 'error';
  /** The cell limit of a get (Excel: 5,000,000). */
  maxCellsPerGet: number;
  /**
   * activate() of a sheet added in the same sync: Excel on the web may ignore it ("the first
   * time the created sheet is not activated ... adding another context.sync() before
   * sheet.activate()" works around it, office-js #930; office-js-helpers #30 syncs before
   * activate for the same reason). 'ignored' (default, the web) or 'works' (desktop, Mac).
   */
  activateNewSheet: 'ignored' | 'works';
  /**
   * activate() of a hidden sheet: the reference does not say what happens. 'error'
   * (default: InvalidOperation) or 'ignored' (nothing happens); hosts must not rely on either.
   */
  activateHidden: 'error' | 'ignored';
  /**
   * The user is typing in a cell: every sync fails with InvalidOperationInCellEditMode, "The
   * operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the
   * Enter or Tab keys, or by selecting another cell, and then try again." (the Excel error
   * table of application-specific-api-error-handling; Excel.ErrorCodes).
   */
  cellEditMode: boolean;
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
  /**
   * True outside the Excel.run batch that owns the context. Office.js documents one way to
   * use a context again later, Excel.run(eventResult.context, batch) (excel-add-ins-events,
   * "Remove an event handler"); the fake refuses a bare sync on it (InvalidRequestContext).
   */
  ended = false;

  constructor(private readonly env: FakeEnvironment) {
    this.workbook = new FakeWorkbook(this);
  }

  get model(): FakeWorkbookModel {
    return this.env.model;
  }

  get overLimitCells(): 'null' | 'error' {
    return this.env.overLimitCells;
  }

  get maxCellsPerGet(): number {
    return this.env.maxCellsPerGet;
  }

  get activateNewSheet(): 'ignored' | 'works' {
    return this.env.activateNewSheet;
  }

  get activateHidden(): 'error' | 'ignored' {
    return this.env.activateHidden;
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
    if (this.ended) throw new FakeOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts. (the Excel.run batch of this context has ended)');
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    const record: SyncRecord = { requests: actions.length, requestBytes: bytes(actions.map((a) => a.op)), responseBytes: 0 };
    this.env.syncs.push(record);
    if (this.env.cellEditMode) {
      record.failed = 'InvalidOperationInCellEditMode';
      throw new FakeOfficeError('InvalidOperationInCellEditMode', "The operation isn't available while Excel is in Edit cell mode.");
    }
    if (record.requestBytes > this.env.payloadLimit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const responses: unknown[] = [];
    const commits: (() => void)[] = [];
    this.env.model.addedInSync.clear();
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
      // An oversized answer has its own code: "ResponsePayloadSizeLimitExceeded — The response
      // payload size has exceeded the limit ... This error only occurs in Excel on the web."
      // (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling;
      // Excel.ErrorCodes.responsePayloadSizeLimitExceeded in office-js's typings).
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const commit of commits) commit();
  }
}
