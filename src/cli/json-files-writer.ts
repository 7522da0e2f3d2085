/**
 * The `{"files":[ … ]}` of `juesuan check --json`, written entry by entry. Light on purpose:
 * the main thread of `--jobs N` loads this and prints entries the workers laid out already.
 */
import type { CliIO } from './io';

/** One `files[]` entry laid out as JSON.stringify(whole, null, 2) lays it out inside the whole. */
export function jsonFileEntry(entry: unknown): string {
  return JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
}

/**
 * `{"files":[ … ]}` written entry by entry, laid out exactly as JSON.stringify(…, null, 2)
 * lays out the whole object, so memory does not grow with the number of files.
 */
export class JsonFilesWriter {
  private count = 0;
  constructor(private readonly io: CliIO) {}

  add(entry: unknown): void {
    this.addLaidOut(jsonFileEntry(entry));
  }

  /** An entry already laid out by jsonFileEntry (on a worker thread). */
  addLaidOut(body: string): void {
    this.io.out(`${this.count === 0 ? '{\n  "files": [\n' : ',\n'}    ${body}`);
    this.count++;
  }

  end(): void {
    this.io.out(this.count === 0 ? '{\n  "files": []\n}\n' : '\n  ]\n}\n');
  }
}
