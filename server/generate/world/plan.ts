import type { Point } from '../../geo/polygon.ts';
import { AliasTable } from '../alias-table.ts';
import type { Random } from '../random.ts';
import { locate, pointInArea, type Site } from '../site/site.ts';
import { chooseColdSpot, type ColdSpot } from './cold-spot.ts';
import { agencyIndex } from './agencies.ts';
import { GEN_CATEGORIES } from './category-profiles.ts';
import * as T from './plan-profiles.ts';
import { GeneratorError } from '../generator-error.ts';

/** A circle with extra contacts per category (GEN_CATEGORIES order, relative to the background of 1). */
export interface PlantedCircle {
  id: string;
  name: string;
  centre: Point;
  radiusM: number;
  /** How far its effect reaches (the buffer ring's edge for the intervention). */
  outerRadiusM: number;
  weights: Float64Array;
}

export interface Plan {
  hotspots: readonly PlantedCircle[];
  emerging: PlantedCircle & { startMonth: number; fullMonth: number };
  intervention: PlantedCircle & {
    bufferRadiusM: number;
    startMonth: number;
    reduction: number;
    displacedShare: number;
  };
  coldSpot: ColdSpot;
  /** Indexes into AGENCIES and the calendar's months. */
  outage: { agency: number; month: number };
  slowAgency: number;
}

const SEPARATION_M = 500;

/** Chooses where and when each effect is planted; the same site, months and random give the same plan. */
export function makePlan(site: Site, months: number, random: Random): Plan {
  const placed: PlantedCircle[] = [];
  const circle = (id: string, t: T.CircleTemplate, outerRadiusM = t.radiusM): PlantedCircle => {
    const centre = placeCircle(site, t.band, outerRadiusM, placed, random);
    const weights = Float64Array.from(GEN_CATEGORIES, (c) => t.weights[c] ?? 0);
    const c = { id, name: t.name, centre, radiusM: t.radiusM, outerRadiusM, weights };
    placed.push(c);
    return c;
  };
  const at = (point: number) => Math.min(months - 1, Math.round(point * (months - 1)));
  const hotspots = T.HOTSPOT_TEMPLATES.map((t, i) => circle(`hotspot-${i + 1}`, t));
  const startMonth = at(T.PERIOD_POINT.emerging);
  const emerging = {
    ...circle('emerging-1', T.EMERGING_TEMPLATE),
    ...{ startMonth, fullMonth: Math.min(months - 1, startMonth + T.EMERGING_RAMP_MONTHS - 1) },
  };
  const { bufferRadiusM, reduction, displacedShare } = T.INTERVENTION_TEMPLATE;
  const intervention = {
    ...circle('intervention-1', T.INTERVENTION_TEMPLATE, bufferRadiusM),
    ...{ bufferRadiusM, reduction, displacedShare, startMonth: at(T.PERIOD_POINT.intervention) },
  };
  const outage = T.OUTAGE_CANDIDATES[random.int(0, T.OUTAGE_CANDIDATES.length - 1)] as string;
  const slow = T.SLOW_CANDIDATES.filter((a) => a !== outage);
  return {
    hotspots,
    emerging,
    intervention,
    coldSpot: chooseColdSpot(site, placed, random),
    outage: { agency: agencyIndex(outage), month: at(T.PERIOD_POINT.outage) },
    slowAgency: agencyIndex(slow[random.int(0, slow.length - 1)] as string),
  };
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** A centre in the distance band, clear of the circles placed so far; the band widens if none fits. */
function placeCircle(
  site: Site,
  band: readonly [number, number],
  outer: number,
  placed: readonly PlantedCircle[],
  random: Random,
): Point {
  for (let widen = 1; widen < 30; widen *= 1.5) {
    const [lo, hi] = [band[0] / widen, band[1] * widen];
    const inBand = site.areas.flatMap((a, i) =>
      bboxMeetsBand(a.shape.bbox, site.centre, lo, hi) ? [i] : [],
    );
    if (inBand.length === 0) continue;
    const sampler = new AliasTable(inBand.map((i) => site.areas[i]?.population ?? 0));
    for (let tries = 0; tries < 2_000; tries++) {
      const p = pointInArea(site, inBand[sampler.pick(random.float())] as number, random);
      const centre: Point = [p.easting, p.northing];
      const d = dist(centre, site.centre);
      if (
        d < lo ||
        d > hi ||
        placed.some((c) => dist(centre, c.centre) < c.outerRadiusM + outer + SEPARATION_M)
      )
        continue;
      if (widen < 3 && !insideAllRound(site, centre, outer)) continue;
      return centre;
    }
  }
  throw new GeneratorError('The geography has no room for the planted hotspots.');
}

function bboxMeetsBand(bbox: readonly number[], c: Point, lo: number, hi: number): boolean {
  const [minX, minY, maxX, maxY] = bbox as [number, number, number, number];
  const near = Math.hypot(Math.max(minX - c[0], 0, c[0] - maxX), Math.max(minY - c[1], 0, c[1] - maxY));
  const far = Math.hypot(Math.max(c[0] - minX, maxX - c[0]), Math.max(c[1] - minY, maxY - c[1]));
  return near <= hi && far >= lo;
}

const insideAllRound = (site: Site, [x, y]: Point, r: number) =>
  [
    [x + r, y],
    [x - r, y],
    [x, y + r],
    [x, y - r],
  ].every(([e, n]) => locate(site, e as number, n as number) !== null);
