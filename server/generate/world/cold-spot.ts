import type { Point } from '../../geo/polygon.ts';
import { GeneratorError } from '../generator-error.ts';
import type { Random } from '../random.ts';
import type { AreaGroup, Site } from '../site/site.ts';
import { COLD_SPOT_FACTOR } from './plan-profiles.ts';

/** An area with far fewer contacts than its residents predict. */
export interface ColdSpot extends AreaGroup {
  factor: number;
  centre: Point;
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** A populous area away from the centre and clear of every planted circle. */
export function chooseColdSpot(
  site: Site,
  placed: readonly { centre: Point; outerRadiusM: number }[],
  random: Random,
): ColdSpot {
  const groups = site.coldSpotCandidates.map((g) => ({ g, ...groupCircle(site, g) }));
  const median = [...groups].sort((a, b) => a.g.population - b.g.population)[groups.length >> 1]?.g
    .population;
  const clearance = (x: (typeof groups)[number]) =>
    Math.min(...placed.map((c) => dist(x.centre, c.centre) - x.radius - c.outerRadiusM));
  const ok = groups.filter(
    (x) => x.g.population >= (median ?? 0) && clearance(x) > 300 && dist(x.centre, site.centre) > 1_500,
  );
  const pool = ok.length > 0 ? ok : [...groups].sort((a, b) => clearance(b) - clearance(a)).slice(0, 1);
  const chosen = pool[random.int(0, pool.length - 1)];
  if (!chosen) throw new GeneratorError('No area of the geography can be the cold spot.');
  return { ...chosen.g, factor: COLD_SPOT_FACTOR, centre: chosen.centre };
}

/** Population-weighted centre of a group's areas and the radius that covers their boxes. */
function groupCircle(site: Site, g: AreaGroup): { centre: Point; radius: number } {
  let [sx, sy, sw] = [0, 0, 0];
  for (const i of g.areas) {
    const a = site.areas[i];
    if (!a) continue;
    const [minX, minY, maxX, maxY] = a.shape.bbox;
    const w = Math.max(1, a.population);
    [sx, sy, sw] = [sx + (w * (minX + maxX)) / 2, sy + (w * (minY + maxY)) / 2, sw + w];
  }
  const centre: Point = [sx / sw, sy / sw];
  let radius = 0;
  for (const i of g.areas) {
    const [minX, minY, maxX, maxY] = site.areas[i]?.shape.bbox ?? [0, 0, 0, 0];
    for (const corner of [
      [minX, minY],
      [minX, maxY],
      [maxX, minY],
      [maxX, maxY],
    ] as Point[])
      radius = Math.max(radius, dist(corner, centre));
  }
  return { centre, radius };
}
