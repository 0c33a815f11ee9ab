import { chisquareQuantile } from './gamma-quantile.ts';

export interface Interval {
  low: number;
  high: number;
}

/**
 * Exact (Garwood) two-sided interval for a Poisson mean from one observed count x:
 * [chi2(a/2; 2x) / 2, chi2(1 - a/2; 2x + 2) / 2], the lower end 0 when x = 0. Assumes the events are
 * independent at a constant rate; it is conservative (covers at least `confidence`).
 */
export function poissonInterval(count: number, confidence = 0.95): Interval {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number >= 0: ${count}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1): ${confidence}`);
  const alpha = 1 - confidence;
  return {
    low: count === 0 ? 0 : chisquareQuantile(alpha / 2, 2 * count) / 2,
    high: chisquareQuantile(1 - alpha / 2, 2 * count + 2) / 2,
  };
}

export interface Rate {
  rate: number | null;
  rateLow: number | null;
  rateHigh: number | null;
}

export const RATE_PER = 1000;

/**
 * A count as a rate per `per` residents with the exact Poisson interval of the count scaled alike
 * (the population taken as known without error). No residents, or none known, means no rate.
 */
export function poissonRate(
  count: number,
  population: number | null,
  per = RATE_PER,
  confidence = 0.95,
): Rate {
  if (population === null || !(population > 0)) return { rate: null, rateLow: null, rateHigh: null };
  const { low, high } = poissonInterval(count, confidence);
  const scale = per / population;
  return { rate: count * scale, rateLow: low * scale, rateHigh: high * scale };
}
