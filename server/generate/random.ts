import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of randomness; the same seed always gives the same sequence. */
export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** An independent stream for a sub-task, so adding draws to one part leaves the others unchanged. */
  fork(): Random;
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const float = () => uniformFloat64(rng);
  return {
    float,
    int: (lo, hi) => lo + Math.floor(float() * (hi - lo + 1)),
    between: (lo, hi) => lo + float() * (hi - lo),
    chance: (p) => float() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - float())) * Math.cos(2 * Math.PI * float()),
    fork: () => {
      rng.jump();
      return createRandom(rng.next());
    },
  };
}

/** Draws an index with probability proportional to its weight (binary search on the cumulative sum). */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += Math.max(0, w);
      this.cumulative[i] = sum;
    });
    if (!(sum > 0)) throw new Error('WeightedSampler needs a positive weight');
  }

  sample(random: Random): number {
    const target = random.float() * (this.cumulative[this.cumulative.length - 1] as number);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Picks a key of a small {key: weight} table with probability proportional to its weight. */
export function weightedPick<K extends string>(
  table: Readonly<Partial<Record<K, number>>>,
  random: Random,
): K {
  const keys = Object.keys(table) as K[];
  let target = random.float() * keys.reduce((s, k) => s + (table[k] ?? 0), 0);
  for (const k of keys) {
    target -= table[k] ?? 0;
    if (target < 0) return k;
  }
  return keys[keys.length - 1] as K;
}

/** Zipf weights 1/k^s for k = 1..n: a few items take most of the draws. */
export const zipfWeights = (n: number, s: number): number[] =>
  Array.from({ length: n }, (_, k) => 1 / (k + 1) ** s);
