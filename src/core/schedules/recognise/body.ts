import { isColumnNumberRow, isStopRow } from './header';
import { SheetIndex } from './sheet-index';
import { isEmptyStatement } from './text';

/** The body rows of a table and how it ended. */
export interface Body {
  /** Non-blank rows between the header and the end of the table. */
  rows: number[];
  /** The sentence saying the table is empty, when one is found near the table. */
  emptyStatement?: string;
}

const MAX_BLANK_RUN = 5;
const STATEMENT_LOOKAHEAD = 15;

/**
 * Collect body rows from `dataStart`: stop at a footnote (注：/说明：), an empty statement,
 * the area's end (next title) or after several blank rows in a row. The empty statement is
 * looked for in the header band and a few rows after the stop.
 */
export function readBody(ix: SheetIndex, headerStart: number, dataStart: number, end: number): Body {
  const rows: number[] = [];
  let blankRun = 0;
  let stop = end;
  for (let r = dataStart; r < end; r++) {
    if (ix.isBlank(r)) {
      if (++blankRun >= MAX_BLANK_RUN) {
        stop = r;
        break;
      }
      continue;
    }
    blankRun = 0;
    if (isStopRow(ix, r)) {
      stop = r;
      break;
    }
    if (isColumnNumberRow(ix, r)) continue;
    rows.push(r);
  }
  let emptyStatement: string | undefined;
  const scan = (from: number, to: number): void => {
    for (let r = from; r < to && emptyStatement === undefined; r++) {
      for (const tc of ix.rows[r]) {
        if (isEmptyStatement(tc.raw)) {
          emptyStatement = tc.raw;
          break;
        }
      }
    }
  };
  scan(headerStart, dataStart);
  scan(stop, Math.min(end, stop + STATEMENT_LOOKAHEAD));
  return { rows, emptyStatement };
}
