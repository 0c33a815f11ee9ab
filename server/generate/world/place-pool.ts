import type { Point } from '../../geo/polygon.ts';
import type { Random } from '../random.ts';
import { locate, pointInArea, type Site, type SitePoint } from '../site/site.ts';
import type { Plan, PlantedCircle } from './plan.ts';
import { GeneratorError } from '../generator-error.ts';

/** Which part of the mixture a place belongs to; circle components follow the hotspots, then the emerging one. */
export const REGION = { rest: 0, target: 1, buffer: 2, targetProblem: 3, firstHotspot: 4 } as const;

/**
 * Every place a contact can be reported at: address points and street spots drawn in each area in
 * proportion to its residents, and the problem places of each planted circle. Each has a heavy-tailed
 * weight, so a few places (a problem house, a shop front) draw many repeat contacts.
 */
export interface PlacePool {
  count: number;
  easting: Int32Array;
  northing: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Metres to the edge of the place's area. */
  slack: Float32Array;
  area: Int32Array;
  /** The area's council (index into AGENCIES), at hand for the hot loop. */
  council: Uint8Array;
  region: Uint8Array;
  /** Relative contacts before a category's urban or rural lean. */
  weight: Float64Array;
  ref: readonly string[];
  /** "lat,lon" and "easting,northing" as written to the CSV. */
  latLonText: readonly string[];
  bngText: readonly string[];
}

const MAX_BASE_PLACES = 120_000;
const PLACES_PER_RESIDENT = 0.4;
const CIRCLE_PLACES = 150;

export function buildPlacePool(site: Site, plan: Plan, random: Random): PlacePool {
  const population = site.areas.reduce((sum, a) => sum + a.population, 0);
  const perResident = Math.min(PLACES_PER_RESIDENT, MAX_BASE_PLACES / population);
  const perArea = site.areas.map((a) => Math.max(6, Math.round(a.population * perResident)));
  const circles: [PlantedCircle, number][] = [
    [plan.intervention, REGION.targetProblem],
    ...plan.hotspots.map((h, i): [PlantedCircle, number] => [h, REGION.firstHotspot + i]),
    [plan.emerging, REGION.firstHotspot + plan.hotspots.length],
  ];
  const pool = new PoolBuilder(site, perArea.reduce((sum, n) => sum + n, 0) + circles.length * CIRCLE_PLACES);
  const cold = new Set(plan.coldSpot.areas);
  site.areas.forEach((a, i) => {
    const n = perArea[i] as number;
    const perPlace = (a.population * a.propensity * (cold.has(i) ? plan.coldSpot.factor : 1)) / n;
    for (let k = 0; k < n; k++) {
      const p = pointInArea(site, i, random);
      pool.add(p, i, baseRegion(plan, p), perPlace * heaviness(random), `LOC-${a.code}-${k + 1}`);
    }
  });
  // Planted places are named like any other place of the area they fall in (numbered on from its own),
  // so a reference gives nothing of what was planted away.
  const next = [...perArea];
  for (const [circle, region] of circles)
    for (let k = 0; k < CIRCLE_PLACES; k++) {
      const { area, point } = pointNear(site, circle, random);
      next[area] = (next[area] ?? 0) + 1;
      pool.add(point, area, region, heaviness(random), `LOC-${site.areas[area]?.code}-${next[area]}`);
    }
  return pool.done();
}

/** Fills the pool's arrays place by place. */
class PoolBuilder {
  private n = 0;
  private readonly pool: PlacePool & { ref: string[]; latLonText: string[]; bngText: string[] };

  constructor(
    private readonly site: Site,
    count: number,
  ) {
    this.pool = {
      count,
      ...{ easting: new Int32Array(count), northing: new Int32Array(count), lon: new Float64Array(count) },
      ...{ lat: new Float64Array(count), slack: new Float32Array(count), area: new Int32Array(count) },
      ...{ council: new Uint8Array(count), region: new Uint8Array(count), weight: new Float64Array(count) },
      ...{ ref: [], latLonText: [], bngText: [] },
    };
  }

  add(p: SitePoint, area: number, region: number, weight: number, ref: string): void {
    const [pool, i] = [this.pool, this.n++];
    [pool.easting[i], pool.northing[i], pool.lon[i], pool.lat[i]] = [p.easting, p.northing, p.lon, p.lat];
    [pool.slack[i], pool.area[i], pool.region[i], pool.weight[i]] = [p.slack, area, region, weight];
    pool.council[i] = this.site.areas[area]?.council as number;
    pool.ref.push(ref);
    pool.latLonText.push(`${p.lat.toFixed(6)},${p.lon.toFixed(6)}`);
    pool.bngText.push(`${p.easting},${p.northing}`);
  }

  done(): PlacePool {
    return this.pool;
  }
}

const distance = (p: SitePoint, c: Point) => Math.hypot(p.easting - c[0], p.northing - c[1]);

function baseRegion(plan: Plan, p: SitePoint): number {
  const d = distance(p, plan.intervention.centre);
  if (d <= plan.intervention.radiusM) return REGION.target;
  return d <= plan.intervention.bufferRadiusM ? REGION.buffer : REGION.rest;
}

/** Pareto (shape 1.5, mean 3) capped at 80: most places are quiet, a few are reported again and again. */
const heaviness = (random: Random) => Math.min(80, (1 - random.float()) ** (-1 / 1.5));

/** A point in the circle, denser towards its centre (normal with sd half the radius, cut at the radius). */
function pointNear(site: Site, circle: PlantedCircle, random: Random) {
  const sd = circle.radiusM / 2;
  for (let tries = 0; tries < 100_000; tries++) {
    const [dx, dy] = [sd * random.normal(), sd * random.normal()];
    if (Math.hypot(dx, dy) > circle.radiusM) continue;
    const found = locate(site, circle.centre[0] + dx, circle.centre[1] + dy);
    if (found) return found;
  }
  throw new GeneratorError(`Found no room for the places of ${circle.name} inside the geography.`);
}
