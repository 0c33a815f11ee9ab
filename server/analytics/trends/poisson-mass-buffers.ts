// Poisson terms this far below the mode's are dropped: their total is far below a p-value's precision.
const NEGLIGIBLE = 1e-20;

/**
 * Reused buffers: the board tests hundreds of pairs per request, and a fresh typed array per mass
 * (thousands of terms at a million records) cost more in allocation and collection than the sums.
 * The functions below are synchronous, so no two calls ever share them at once.
 */
let walk: Float64Array = new Float64Array(4096);
const masses: Float64Array[] = [new Float64Array(4096), new Float64Array(4096)];

export const fit = (a: Float64Array, n: number) =>
  a.length >= n ? a : new Float64Array(Math.max(n, 2 * a.length));

/**
 * Poisson probabilities for a mean >= 0 into masses[slot]: walks out from the mode by the ratio of
 * successive probabilities and normalises over the terms kept (those at least NEGLIGIBLE times the
 * mode's), so no factorials are needed: the same terms in the same order as point-mass.ts's
 * poissonMass. Returns the first value kept, how many, and the buffer (valid until the next call).
 */
export function poissonInto(slot: 0 | 1, mean: number): { start: number; size: number; mass: Float64Array } {
  if (mean === 0) {
    (masses[slot] as Float64Array)[0] = 1;
    return { start: 0, size: 1, mass: masses[slot] as Float64Array };
  }
  const mode = Math.floor(mean);
  let nBelow = 0;
  for (let k = mode, p = 1; k > 0; k--) {
    p /= mean / k;
    if (p < NEGLIGIBLE) break;
    if (nBelow === walk.length) walk = grow(walk);
    walk[nBelow++] = p;
  }
  let mass = fit(masses[slot] as Float64Array, nBelow + 1);
  for (let b = nBelow - 1, i = 0; b >= 0; b--) mass[i++] = walk[b] as number;
  mass[nBelow] = 1;
  let size = nBelow + 1;
  for (let k = mode, p = 1; ; k++) {
    p *= mean / (k + 1);
    if (p < NEGLIGIBLE) break;
    if (size === mass.length) mass = grow(mass);
    mass[size++] = p;
  }
  let total = 0;
  for (let j = 0; j < size; j++) total = total + (mass[j] as number);
  for (let j = 0; j < size; j++) mass[j] = (mass[j] as number) / total;
  masses[slot] = mass;
  return { start: mode - nBelow, size, mass };
}

function grow(a: Float64Array): Float64Array {
  const out = new Float64Array(2 * a.length);
  out.set(a);
  return out;
}
