import { checkExposedCount, type ExposedCount } from '../trends/exposed-count.ts';
import { eTestStatistic, tailProbability } from '../trends/poisson-e-test.ts';

// The board tests hundreds of cells at once and needs only each two-sided p-value for the correction.
// This is poissonETest's pTwoSided (trends/poisson-e-test.ts, with trends/point-mass.ts) step for step,
// so equal to the last bit, but with the probabilities in reused typed arrays and only the two tails
// the two-sided p-value needs. The unit tests hold it equal to poissonETest.

const TIE = 1e-9;
const NEGLIGIBLE = 1e-20;

/** Reusable buffers: one Poisson mass walked out from its mode, and its cumulative sums. */
class Mass {
  start = 0;
  length = 0;
  p = new Float64Array(1024);
  upTo = new Float64Array(1024);
  from = new Float64Array(1025);
  private below: Float64Array = new Float64Array(512);
  private above: Float64Array = new Float64Array(512);

  /** poissonMass(mean): from the mode down and up by the ratio of successive terms, then normalised. */
  fill(mean: number, cumulative: boolean): void {
    if (mean === 0) {
      this.set(0, [], 0, [], 0, 1, cumulative);
      return;
    }
    const mode = Math.floor(mean);
    let nBelow = 0;
    for (let k = mode, q = 1; k > 0; k--) {
      q /= mean / k;
      if (q < NEGLIGIBLE) break;
      this.below = push(this.below, nBelow++, q);
    }
    let nAbove = 0;
    for (let k = mode, q = 1; k < Number.MAX_SAFE_INTEGER; k++) {
      q *= mean / (k + 1);
      if (q < NEGLIGIBLE) break;
      this.above = push(this.above, nAbove++, q);
    }
    this.set(mode - nBelow, this.below, nBelow, this.above, nAbove, 1, cumulative);
  }

  private set(
    start: number,
    below: ArrayLike<number>,
    nBelow: number,
    above: ArrayLike<number>,
    nAbove: number,
    centre: number,
    cumulative: boolean,
  ): void {
    const n = nBelow + 1 + nAbove;
    if (this.p.length < n) {
      this.p = new Float64Array(2 * n);
      this.upTo = new Float64Array(2 * n);
      this.from = new Float64Array(2 * n + 1);
    }
    // Summed in the same order as poissonMass: lowest value first.
    let i = 0;
    for (let b = nBelow - 1; b >= 0; b--) this.p[i++] = below[b] as number;
    this.p[i++] = centre;
    for (let a = 0; a < nAbove; a++) this.p[i++] = above[a] as number;
    let total = 0;
    for (let j = 0; j < n; j++) total = total + (this.p[j] as number);
    for (let j = 0; j < n; j++) this.p[j] = (this.p[j] as number) / total;
    this.start = start;
    this.length = n;
    if (!cumulative) return;
    for (let j = 0, s = 0; j < n; j++) this.upTo[j] = s += this.p[j] as number;
    this.from[n] = 0;
    for (let j = n - 1, s = 0; j >= 0; j--) this.from[j] = s += this.p[j] as number;
  }
}

function push(buffer: Float64Array, at: number, value: number): Float64Array {
  let out = buffer;
  if (at >= out.length) {
    out = new Float64Array(2 * out.length);
    out.set(buffer);
  }
  out[at] = value;
  return out;
}

const first = new Mass();
const second = new Mass();

/** P(T >= c) (upper) or P(T <= c) under the estimated null, by poissonETest's own sweep. */
const tail = (n1: number, n2: number, c: number, upper: boolean): number =>
  tailProbability(
    { start: first.start, mass: first.p, length: first.length },
    { start: second.start, mass: second.p, length: second.length },
    second,
    n1,
    n2,
    c,
    upper,
  );

/** poissonETest(current, previous).pTwoSided, to the last bit. */
export function eTestPTwoSided(current: ExposedCount, previous: ExposedCount): number {
  checkExposedCount('current', current);
  checkExposedCount('previous', previous);
  const { count: k1, exposure: n1 } = current;
  const { count: k2, exposure: n2 } = previous;
  const size = Math.abs(eTestStatistic(k1, n1, k2, n2));
  if (k1 + k2 === 0 || size <= TIE) return 1;
  const pooled = (k1 + k2) / (n1 + n2);
  first.fill(n1 * pooled, false);
  second.fill(n2 * pooled, true);
  return Math.min(1, tail(n1, n2, size - TIE, true) + tail(n1, n2, -size + TIE, false));
}
