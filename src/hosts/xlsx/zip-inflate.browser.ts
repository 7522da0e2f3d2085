/** A whole deflated part inflated in the browser (see zip-inflate.ts): piece by piece, stopping past `max`. */
import { inflateAtMost } from './zip-stream';

/**
 * The inflated bytes, or undefined when they would be more than `max`.
 * @throws Error when the data is not valid DEFLATE.
 */
export function inflateWhole(data: Uint8Array, max: number): Uint8Array | undefined {
  return inflateAtMost(data, max);
}
