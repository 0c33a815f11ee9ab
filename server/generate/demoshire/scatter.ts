import { bboxOf, pointInRing, type Point, type Ring } from '../../geo/polygon.ts';
import type { Random } from '../random.ts';

/**
 * Rejection-samples `count` points inside a ring, each at least `spacing` metres from the others and
 * kept with probability accept(p). The spacing shrinks if the ring is too small to fit them.
 */
export function scatterInRing(
  random: Random,
  ring: Ring,
  count: number,
  options: { spacing: number; accept: (p: Point) => number },
): Point[] {
  const [minX, minY, maxX, maxY] = bboxOf(ring);
  const points: Point[] = [];
  let spacing = options.spacing;
  let misses = 0;
  while (points.length < count) {
    const p: Point = [random.between(minX, maxX), random.between(minY, maxY)];
    const ok =
      pointInRing(p, ring) &&
      random.chance(options.accept(p)) &&
      points.every((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) >= spacing);
    if (ok) points.push(p);
    else if (++misses % 2_000 === 0) spacing *= 0.8;
  }
  return points;
}
