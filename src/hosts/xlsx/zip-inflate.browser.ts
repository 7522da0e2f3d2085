/** A whole deflated part inflated in the browser (see zip-inflate.ts): piece by piece, stopping past `max`. */
import { inflatePieces, joinPieces } from './zip-stream';

/**
 * The inflated bytes, or undefined when they would be more than `max`.
 * @throws Error when the data is not valid DEFLATE.
 */
export function inflateWhole(data: Uint8Array, max: number): Uint8Array | undefined {
  const pieces: Uint8Array[] = [];
  let length = 0;
  inflatePieces(data, (piece) => {
    length += piece.length;
    pieces.push(piece);
    return length > max;
  });
  if (length > max) return undefined;
  return joinPieces(pieces, length);
}
