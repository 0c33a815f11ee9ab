import type { Mask } from './grid.ts';
import { significance, type Significance } from './significance.ts';

/** Mean and standard deviation (divisor n) of the values over the n cells or areas tested. */
export interface GlobalMoments {
  n: number;
  mean: number;
  /** S = sqrt(sum(x^2) / n - mean^2). */
  s: number;
}

/** The n, mean and S of Getis-Ord Gi* over the values where `include` is true (all when omitted). */
export function globalMoments(values: ArrayLike<number>, include?: Mask): GlobalMoments {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (include && !include[i]) continue;
    n += 1;
    sum += values[i] as number;
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  // Centred sum of squares: the same quantity as sum(x^2)/n - mean^2 without the cancellation.
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    if (include && !include[i]) continue;
    squares += ((values[i] as number) - mean) ** 2;
  }
  return { n, mean, s: Math.sqrt(squares / n) };
}

/**
 * Getis-Ord Gi* z-score of one cell from its neighbourhood sums (neighbours include the cell itself):
 * (sum w x - mean sum w) / (S sqrt((n sum w^2 - (sum w)^2) / (n - 1))). Assumes the values are
 * exchangeable under the null, so z is approximately standard normal. A constant surface (S = 0) or a
 * neighbourhood of every cell has no variance and gets z = 0: no evidence of clustering.
 */
export function giStarZ(sumWX: number, sumW: number, sumW2: number, m: GlobalMoments): number {
  const variance = (m.n * sumW2 - sumW * sumW) / (m.n - 1);
  const scale = m.s * Math.sqrt(variance);
  return scale > 0 ? (sumWX - m.mean * sumW) / scale : 0;
}

export interface GiStarResult extends Significance {
  /** Gi* z-scores; NaN outside the study area. */
  z: Float64Array;
  moments: GlobalMoments;
}

/**
 * Getis-Ord Gi* over areas with binary weights from an adjacency list (e.g. queen contiguity); each
 * area is its own neighbour whether or not the list says so. Duplicate neighbours count once. Classes
 * use the Benjamini-Hochberg adjusted p over all areas.
 */
export function giStarAreas(
  values: ArrayLike<number>,
  neighbours: readonly (readonly number[])[],
): GiStarResult {
  if (neighbours.length !== values.length) throw new RangeError('one neighbour list per area is needed');
  const moments = globalMoments(values);
  const z = new Float64Array(values.length);
  neighbours.forEach((list, i) => {
    const set = new Set(list);
    set.add(i);
    for (const j of set) if (!(j >= 0 && j < values.length)) throw new RangeError(`area ${i}: no area ${j}`);
    let sumWX = 0;
    for (const j of set) sumWX += values[j] as number;
    z[i] = giStarZ(sumWX, set.size, set.size, moments);
  });
  return { z, moments, ...significance(z) };
}
