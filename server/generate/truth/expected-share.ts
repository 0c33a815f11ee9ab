import { GEN_CATEGORIES } from '../world/category-profiles.ts';
import { placeWeight } from '../world/mixture.ts';
import type { World } from '../world/world.ts';

const CATEGORY_COUNT = GEN_CATEGORIES.length;

export interface ShareOptions {
  /** Months (indexes into the calendar's months) to count; all when absent. */
  months?: (m: number) => boolean;
  /** Components of the mixture to count, as if the others were not planted; all when absent. */
  components?: (k: number) => boolean;
}

/**
 * Expected shares of contacts from the generator's own weights: per month and category, each
 * component's chance times the part of its weight at the places asked about.
 */
export class ExpectedShares {
  /** Each place's weight for each category (place * categories + c). */
  private readonly weights: Float64Array;

  constructor(private readonly w: World) {
    this.weights = Float64Array.from({ length: w.pool.count * CATEGORY_COUNT }, (_, i) =>
      placeWeight(w.site, w.pool, Math.floor(i / CATEGORY_COUNT), i % CATEGORY_COUNT),
    );
  }

  /** The expected share of contacts at places where inside(place) is true. */
  of(inside: (place: number) => boolean, options: ShareOptions = {}): number {
    const { mixture, calendar } = this.w;
    const keep = options.components ?? (() => true);
    const within = this.insideFractions(inside);
    let [hits, all] = [0, 0];
    for (let m = 0; m < calendar.months.length; m++) {
      if (options.months && !options.months(m)) continue;
      for (let c = 0; c < CATEGORY_COUNT; c++) {
        const volume = calendar.monthCategoryWeight[m * CATEGORY_COUNT + c] as number;
        const q = componentShares(this.w, m, c).map((x, k) => (keep(k) ? x : 0));
        const kept = q.reduce((s, x) => s + x, 0);
        if (!(kept > 0)) continue;
        all += volume;
        for (let k = 0; k < mixture.components; k++)
          hits += (volume * (q[k] as number) * (within[k * CATEGORY_COUNT + c] as number)) / kept;
      }
    }
    return all > 0 ? hits / all : 0;
  }

  /** Per component and category, the part of the component's weight at places inside. */
  private insideFractions(inside: (place: number) => boolean): Float64Array {
    const { pool, mixture } = this.w;
    const totals = new Float64Array(mixture.components * CATEGORY_COUNT);
    const hits = new Float64Array(totals.length);
    for (let p = 0; p < pool.count; p++) {
      const k = pool.region[p] as number;
      const isIn = inside(p);
      for (let c = 0; c < CATEGORY_COUNT; c++) {
        const weight = this.weights[p * CATEGORY_COUNT + c] as number;
        const i = k * CATEGORY_COUNT + c;
        totals[i] = (totals[i] as number) + weight;
        if (isIn) hits[i] = (hits[i] as number) + weight;
      }
    }
    return hits.map((h, i) => ((totals[i] as number) > 0 ? h / (totals[i] as number) : 0));
  }
}

/** Each component's chance for month m and category c. */
export function componentShares(w: World, m: number, c: number): number[] {
  const k0 = (m * CATEGORY_COUNT + c) * w.mixture.components;
  return Array.from({ length: w.mixture.components }, (_, k) => {
    const upTo = w.mixture.cumulative[k0 + k] as number;
    return upTo - (k === 0 ? 0 : (w.mixture.cumulative[k0 + k - 1] as number));
  });
}
