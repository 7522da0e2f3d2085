/**
 * A deflated part inflated piece by piece (fflate's streaming Inflate), so that the reader can
 * stop as soon as it has enough (the first rows of a big sheet) or the part outgrows its cap.
 * Browser-safe; the browser build also inflates whole parts this way (zip-inflate.browser.ts).
 */
import { Inflate } from 'fflate';

/**
 * Compressed bytes pushed per step: the first step small (a peek at a sheet's first rows
 * needs a few KB), each next one twice the last, up to LAST_STEP. One step inflates to at
 * most ~1,000 times its size (DEFLATE's ratio limit), so a zip bomb is stopped within 64 MB
 * of its cap.
 */
const FIRST_STEP = 1024;
const LAST_STEP = 64 * 1024;

/**
 * Inflate raw DEFLATE `data`, giving each output piece to `take` until it returns true.
 * @throws Error when the data is not valid DEFLATE.
 */
function inflatePieces(data: Uint8Array, take: (piece: Uint8Array) => boolean): void {
  let stop = false;
  const inflate = new Inflate((piece) => {
    if (!stop && piece.length) stop = take(piece);
  });
  if (!data.length) return inflate.push(data, true);
  for (let at = 0, step = FIRST_STEP; at < data.length && !stop; at += step, step = Math.min(2 * step, LAST_STEP)) {
    inflate.push(data.subarray(at, at + step), at + step >= data.length);
  }
}

/**
 * The inflated bytes, up to the end of the part or until `enough` says so for the pieces so
 * far; undefined as soon as they are more than `max`.
 * @throws Error when the data is not valid DEFLATE.
 */
export function inflateAtMost(data: Uint8Array, max: number, enough?: (soFar: Uint8Array[], length: number) => boolean): Uint8Array | undefined {
  const pieces: Uint8Array[] = [];
  let length = 0;
  inflatePieces(data, (piece) => {
    length += piece.length;
    pieces.push(piece);
    return length > max || (enough?.(pieces, length) ?? false);
  });
  return length > max ? undefined : joinPieces(pieces, length);
}

/** The pieces as one array. */
function joinPieces(pieces: Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
