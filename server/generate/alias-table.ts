/**
 * Walker's alias method (Vose's construction): draws an index with probability proportional to its
 * weight in constant time from one uniform number. Each entry's threshold and alias sit side by side
 * (8 bytes), so a draw from a large table costs one cache miss, not two.
 */
export class AliasTable {
  readonly size: number;
  private readonly prob: Float32Array;
  private readonly alias: Int32Array;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Math.max(0, weights[i] as number);
    if (!(sum > 0)) throw new Error('AliasTable needs a positive weight');
    this.size = n;
    const buffer = new ArrayBuffer(n * 8);
    this.prob = new Float32Array(buffer);
    this.alias = new Int32Array(buffer);
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    let positive = 0;
    for (let i = n - 1; i >= 0; i--) {
      const w = Math.max(0, weights[i] as number);
      scaled[i] = (w * n) / sum;
      if (w > 0) positive = i;
      ((scaled[i] as number) < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.set(s, scaled[s] as number, l);
      scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
      ((scaled[l] as number) < 1 ? small : large).push(l);
    }
    // Left over only through rounding: each keeps itself, except a zero weight, which never wins.
    for (const i of [...small, ...large]) {
      const keep = (weights[i] as number) > 0;
      this.set(i, keep ? 1 : 0, keep ? i : positive);
    }
  }

  private set(i: number, prob: number, alias: number): void {
    this.prob[2 * i] = prob;
    this.alias[2 * i + 1] = alias;
  }

  /** The index for a uniform number u in [0, 1). */
  pick(u: number): number {
    const x = u * this.size;
    const i = x | 0;
    return x - i < (this.prob[2 * i] as number) ? i : (this.alias[2 * i + 1] as number);
  }
}
