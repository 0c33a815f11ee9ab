import type { BoundaryCollection } from '../../server/contract/dashboard.ts';
import type { AreaGeometry } from '../../server/geo/boundary.ts';

// Independent of the server's statistics: the formulas worked directly, to check its answers against.

/** Gi* straight from ../shared/docs/domain.md: binary weights over the area and its neighbours. */
export function giStarByHand(x: readonly number[], neighbours: readonly (readonly number[])[]): number[] {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const s = Math.sqrt(x.reduce((t, v) => t + v * v, 0) / n - mean * mean);
  return neighbours.map((list, i) => {
    const w = [i, ...list];
    const sumX = w.reduce((t, j) => t + (x[j] as number), 0);
    return (sumX - mean * w.length) / (s * Math.sqrt((n * w.length - w.length ** 2) / (n - 1)));
  });
}

/** Two-sided normal p from erfc (Numerical Recipes' Chebyshev fit, relative error under 1.2e-7). */
export function twoSided(z: number): number {
  const t = 1 / (1 + Math.abs(z) / Math.SQRT2 / 2);
  const y = Math.abs(z) / Math.SQRT2;
  const c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806];
  const d = [0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
  const poly = [...c, ...d].reduceRight((acc, k) => k + t * acc, 0);
  return t * Math.exp(-y * y + poly);
}

/** Benjamini-Hochberg: sort ascending, m p(k) / k, then the running minimum from the largest down. */
export function bh(p: readonly number[]): number[] {
  const order = p.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(p.length);
  let running = 1;
  for (let k = order.length - 1; k >= 0; k--) {
    const { v, i } = order[k] as { v: number; i: number };
    running = Math.min(running, (p.length * v) / (k + 1));
    out[i] = running;
  }
  return out;
}

/** Queen contiguity by brute force: two areas are neighbours when any of their vertices coincide. */
export function sharedVertexNeighbours(c: BoundaryCollection): Map<string, string[]> {
  const points = c.features.map((f) => {
    const g = f.geometry as AreaGeometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polys.flat(2) as unknown as [number, number][];
  });
  const near = (a: [number, number], b: [number, number]) =>
    Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
  return new Map(
    c.features.map((f, i) => [
      f.properties.code,
      c.features
        .filter((_, j) => j !== i && points[i]?.some((p) => points[j]?.some((q) => near(p, q))))
        .map((g) => g.properties.code)
        .sort(),
    ]),
  );
}
