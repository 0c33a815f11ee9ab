/** Probabilities of the values start, start + 1, ... of a discrete distribution; the rest is negligible. */
export interface PointMass {
  start: number;
  mass: Float64Array;
}

// Terms this far below the mode's are dropped: their total is far below double precision of a p-value.
const NEGLIGIBLE = 1e-20;

/**
 * Walks out from the mode by the ratio of successive probabilities, ratio(k) = P(k + 1) / P(k), and
 * normalises, so no factorials are needed and the result sums to 1 over the values kept.
 */
function massFromMode(mode: number, max: number, ratio: (k: number) => number): PointMass {
  // Typed buffers and plain loops: the same terms summed in the same order, without boxed arrays.
  let below: Float64Array = new Float64Array(64);
  let nBelow = 0;
  for (let k = mode, p = 1; k > 0; k--) {
    p /= ratio(k - 1);
    if (p < NEGLIGIBLE) break;
    if (nBelow === below.length) below = grow(below);
    below[nBelow++] = p;
  }
  let above: Float64Array = new Float64Array(64);
  let nAbove = 0;
  for (let k = mode, p = 1; k < max; k++) {
    p *= ratio(k);
    if (p < NEGLIGIBLE) break;
    if (nAbove === above.length) above = grow(above);
    above[nAbove++] = p;
  }
  const mass = new Float64Array(nBelow + 1 + nAbove);
  let i = 0;
  for (let b = nBelow - 1; b >= 0; b--) mass[i++] = below[b] as number;
  mass[i++] = 1;
  for (let a = 0; a < nAbove; a++) mass[i++] = above[a] as number;
  let total = 0;
  for (let j = 0; j < mass.length; j++) total = total + (mass[j] as number);
  for (let j = 0; j < mass.length; j++) mass[j] = (mass[j] as number) / total;
  return { start: mode - nBelow, mass };
}

function grow(a: Float64Array): Float64Array {
  const out = new Float64Array(2 * a.length);
  out.set(a);
  return out;
}

/** Poisson probabilities for a mean >= 0. */
export function poissonMass(mean: number): PointMass {
  if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError(`mean must be finite and >= 0: ${mean}`);
  if (mean === 0) return { start: 0, mass: Float64Array.of(1) };
  return massFromMode(Math.floor(mean), Number.MAX_SAFE_INTEGER, (k) => mean / (k + 1));
}

/** Binomial probabilities for `trials` trials with success probability p in (0, 1). */
export function binomialMass(trials: number, p: number): PointMass {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1): ${p}`);
  const odds = p / (1 - p);
  const mode = Math.min(trials, Math.floor((trials + 1) * p));
  return massFromMode(mode, trials, (k) => ((trials - k) / (k + 1)) * odds);
}
