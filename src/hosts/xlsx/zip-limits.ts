/**
 * How much an .xlsx may inflate to (docs/limits.md). A real 决算 workbook is a few MB of XML;
 * a consolidated one with 20,000 项 rows holds ~15 MB, and a 100,000-row data sheet beside
 * the schedules ~40 MB. The caps leave five times that room and still stop a zip bomb (a
 * 9 MB file that inflates to 2.4 GB) before it takes the machine's or the browser tab's memory.
 */
export interface ZipLimits {
  /** Largest uncompressed size of one part, in bytes. */
  part: number;
  /** Largest uncompressed size of all parts together, in bytes. */
  total: number;
}

const MIB = 1024 * 1024;

export const ZIP_LIMITS: ZipLimits = { part: 256 * MIB, total: 512 * MIB };

/** A size in MB for messages (1 decimal). */
export function megabytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(bytes < 10 * MIB ? 1 : 0)} MB`;
}
