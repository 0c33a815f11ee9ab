/**
 * Anscombe's variance-stabilising transform of Poisson counts, 2 sqrt(x + 3/8): roughly normal with
 * variance 1 from a mean of about 1. Gi* on sparse counts is skewed to the hot side (the normal
 * p-values then flag too many hot cells); running Gi* on the transformed counts evens that out.
 */
export function anscombe(counts: ArrayLike<number>): Float64Array {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = 2 * Math.sqrt((counts[i] as number) + 3 / 8);
  return out;
}
