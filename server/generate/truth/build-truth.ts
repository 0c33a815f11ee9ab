import type { PlantedTruth } from '../../contract/planted-truth.ts';
import type { Point } from '../../geo/polygon.ts';
import { bngToWgs84 } from '../../geo/projection.ts';
import { DAY_MS, dayMs, isoDay } from '../dates.ts';
import { VULNERABLE_REPEAT_SHARE } from '../records/draw-caller.ts';
import { DUPLICATE_MAX_METRES, DUPLICATE_MAX_MINUTES } from '../records/draw-duplicate.ts';
import { round6 } from '../site/site.ts';
import { AGENCIES, RESOLUTION_SIGMA } from '../world/agencies.ts';
import { GEN_CATEGORIES, type GeneratedCategory } from '../world/category-profiles.ts';
import { EVENTS } from '../world/events.ts';
import type { PlantedCircle } from '../world/plan.ts';
import { REGION } from '../world/place-pool.ts';
import type { World } from '../world/world.ts';
import { ExpectedShares } from './expected-share.ts';
import { duplicateShare, repeatCallerShare } from './record-shares.ts';

/** What the world plants, in the documented truth schema (server/contract/planted-truth.ts). */
export function buildTruth(w: World): PlantedTruth {
  const { plan, site, calendar, options } = w;
  const shares = new ExpectedShares(w);
  const month = (m: number) => calendar.months[m] as string;
  const inCircle =
    (c: PlantedCircle, r = c.radiusM) =>
    (p: number) =>
      distance(w, p, c.centre) <= r;
  const iv = plan.intervention;
  const before = { months: (m: number) => m < iv.startMonth };
  const after = { months: (m: number) => m >= iv.startMonth };
  const inBuffer = (p: number) =>
    distance(w, p, iv.centre) > iv.radiusM && distance(w, p, iv.centre) <= iv.bufferRadiusM;
  const population = site.areas.reduce((s, a) => s + a.population, 0);
  const cold = new Set(plan.coldSpot.areas);
  const background = { components: (k: number) => k < REGION.targetProblem };
  return {
    schemaVersion: 1,
    generator: { ...options, referenceDate: isoDay(dayMs(options.to) + DAY_MS) },
    geography: { source: site.source, layerId: site.layerId, areas: site.areas.length, population },
    hotspots: plan.hotspots.map((h) => ({
      ...circle(h),
      expectedShare: shares.of(inCircle(h)),
      backgroundShare: shares.of(inCircle(h), background),
    })),
    emergingHotspot: {
      ...circle(plan.emerging),
      startMonth: month(plan.emerging.startMonth),
      fullStrengthMonth: month(plan.emerging.fullMonth),
      expectedShareBefore: shares.of(inCircle(plan.emerging), {
        months: (m) => m < plan.emerging.startMonth,
      }),
      expectedShareAfter: shares.of(inCircle(plan.emerging), {
        months: (m) => m >= plan.emerging.fullMonth,
      }),
    },
    coldSpot: {
      ...{ layerId: plan.coldSpot.layerId, code: plan.coldSpot.code, name: plan.coldSpot.name },
      population: plan.coldSpot.population,
      centre: truthPoint(plan.coldSpot.centre),
      rateFactor: plan.coldSpot.factor,
      expectedShare: shares.of((p) => cold.has(w.pool.area[p] as number)),
      populationShare: plan.coldSpot.population / population,
    },
    intervention: {
      ...circle(iv),
      ...{ bufferRadiusM: iv.bufferRadiusM, reduction: iv.reduction, displacedShare: iv.displacedShare },
      start: `${month(iv.startMonth)}-01`,
      expected: {
        targetBefore: shares.of(inCircle(iv), before),
        targetAfter: shares.of(inCircle(iv), after),
        bufferBefore: shares.of(inBuffer, before),
        bufferAfter: shares.of(inBuffer, after),
      },
    },
    outage: { agency: agencyCode(plan.outage.agency), month: month(plan.outage.month) },
    service: {
      slowAgency: agencyCode(plan.slowAgency),
      slaMetShare: Object.fromEntries(
        AGENCIES.map((a, i) => [
          a.code,
          normalCdf(-Math.log(w.resolutionFactor[i] as number) / RESOLUTION_SIGMA),
        ]),
      ),
    },
    duplicates: {
      share: duplicateShare(w),
      maxMinutes: DUPLICATE_MAX_MINUTES,
      maxMetres: DUPLICATE_MAX_METRES,
    },
    repeats: {
      repeatCallerShare: repeatCallerShare(w),
      vulnerableRepeatCallerShare: VULNERABLE_REPEAT_SHARE,
    },
    events: EVENTS.map((e) => ({
      name: e.name,
      days: [...e.days],
      categories: Object.keys(e.multipliers) as GeneratedCategory[],
    })),
  };
}

const agencyCode = (i: number) => AGENCIES[i]?.code as string;

const distance = (w: World, p: number, [x, y]: Point) =>
  Math.hypot((w.pool.easting[p] as number) - x, (w.pool.northing[p] as number) - y);

function truthPoint([easting, northing]: Point) {
  const [e, n] = [Math.round(easting), Math.round(northing)];
  const [lon, lat] = bngToWgs84(e, n);
  return { easting: e, northing: n, lon: round6(lon), lat: round6(lat) };
}

function circle(c: PlantedCircle) {
  const categoryWeights = Object.fromEntries(
    GEN_CATEGORIES.flatMap((cat, i) => ((c.weights[i] as number) > 0 ? [[cat, c.weights[i] as number]] : [])),
  );
  return { id: c.id, name: c.name, centre: truthPoint(c.centre), radiusM: c.radiusM, categoryWeights };
}

/** Standard normal CDF (Abramowitz and Stegun 7.1.26, error under 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
