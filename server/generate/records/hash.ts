/** A 32-bit integer hash (the murmur3 finaliser): the same key always gives the same bits. */
export function mix32(key: number): number {
  let x = key | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A uniform number in [0, 1) from a key. */
export const unitOf = (key: number): number => mix32(key) / 4_294_967_296;
