import { pointInRing, type Point } from '../geo/polygon.ts';
import { bngToWgs84 } from '../geo/projection.ts';
import type { DemoArea } from './demo-geography.ts';
import { WeightedSampler, zipfWeights, type Random } from './random.ts';

export interface DemoPoint {
  easting: number;
  northing: number;
  lon: number;
  lat: number;
}

/** Places in a small area that draw repeated contacts (a shop front, a stairwell, a park). */
export interface ProblemPlaces {
  refs: readonly string[];
  points: readonly DemoPoint[];
  sampler: WeightedSampler;
}

/**
 * A whole-metre point inside the small area, drawn uniformly. The test is made in lon/lat against the
 * stored polygons of every layer the point is tagged with, so the tags hold exactly for the stored data.
 */
export function pointInside(random: Random, smallArea: DemoArea, parents: readonly DemoArea[]): DemoPoint {
  const [minX, minY, maxX, maxY] = smallArea.bbox;
  for (;;) {
    const easting = Math.round(random.between(minX, maxX));
    const northing = Math.round(random.between(minY, maxY));
    if (!pointInRing([easting, northing], smallArea.ring)) continue;
    const lonLat: Point = bngToWgs84(easting, northing);
    if ([smallArea, ...parents].every((a) => pointInRing(lonLat, a.lonLat)))
      return { easting, northing, lon: lonLat[0], lat: lonLat[1] };
  }
}

export function problemPlaces(
  random: Random,
  smallArea: DemoArea,
  parents: readonly DemoArea[],
  count: number,
): ProblemPlaces {
  const points = Array.from({ length: count }, () => pointInside(random, smallArea, parents));
  return {
    refs: points.map((_, k) => `LOC-${smallArea.code}-${String(k + 1).padStart(2, '0')}`),
    points,
    sampler: new WeightedSampler(zipfWeights(count, 1.2)),
  };
}
