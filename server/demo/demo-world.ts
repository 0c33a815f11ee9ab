import { toMs } from '../analytics/months.ts';
import { pointInRing } from '../geo/polygon.ts';
import { buildDemoCalendar, type DemoCalendar } from './demo-calendar.ts';
import {
  buildDemoGeography,
  DEMO_CENTRE,
  type DemoArea,
  type DemoGeography,
  type DemoWard,
} from './demo-geography.ts';
import { problemPlaces, type ProblemPlaces } from './demo-places.ts';
import { DEMO_CATEGORIES, HOTSPOT_FACTOR } from './demo-profiles.ts';
import { createRandom, WeightedSampler } from './random.ts';

/** Fixed, so the same seed gives the same data on any day: data runs to the end of October 2026. */
export const DEMO_REFERENCE_DATE = '2026-11-01';
export const DEMO_MONTHS = 42;
const PROBLEM_PLACES_PER_AREA = 12;

/** Everything about the demo place that does not change from record to record. */
export interface DemoWorld {
  geography: DemoGeography;
  calendar: DemoCalendar;
  /** When the extract was taken: later resolutions are still open. */
  referenceMs: number;
  hotspots: { townCentre: string; estate: string };
  /** Per category index (DEMO_CATEGORIES), draws a small-area index. */
  areaSamplers: readonly WeightedSampler[];
  /** Per small-area index. */
  wardOf: readonly DemoWard[];
  parentsOf: readonly (readonly DemoArea[])[];
  placesOf: readonly ProblemPlaces[];
}

export function buildDemoWorld(seed: number, referenceDate = DEMO_REFERENCE_DATE): DemoWorld {
  const random = createRandom(seed);
  const geography = buildDemoGeography(random.fork());
  const places = random.fork();
  const wardOf = geography.smallAreas.map((sa) => {
    const ward = geography.wards.find((w) => w.code === sa.wardCode);
    if (!ward) throw new Error(`demo geography: no ward ${sa.wardCode}`);
    return ward;
  });
  const parentsOf = wardOf.map((w) => [w, geography.district]);
  const townCentre = (geography.smallAreas.find((sa) => pointInRing(DEMO_CENTRE, sa.ring)) ??
    geography.smallAreas[0]) as DemoArea;
  const outer = geography.smallAreas.filter((_, i) => !wardOf[i]?.urban);
  const estate = (outer[random.int(0, outer.length - 1)] ?? geography.smallAreas[1]) as DemoArea;
  const factor = (code: string, c: (typeof DEMO_CATEGORIES)[number]) => {
    const table: Partial<Record<string, number>> =
      code === townCentre.code
        ? HOTSPOT_FACTOR.townCentre
        : code === estate.code
          ? HOTSPOT_FACTOR.estate
          : {};
    return table[c] ?? 1;
  };
  return {
    geography,
    calendar: buildDemoCalendar(referenceDate, DEMO_MONTHS),
    referenceMs: toMs(referenceDate),
    hotspots: { townCentre: townCentre.code, estate: estate.code },
    areaSamplers: DEMO_CATEGORIES.map(
      (c) => new WeightedSampler(geography.smallAreas.map((sa) => sa.population * factor(sa.code, c))),
    ),
    wardOf,
    parentsOf,
    placesOf: geography.smallAreas.map((sa, i) =>
      problemPlaces(places, sa, parentsOf[i] ?? [], PROBLEM_PLACES_PER_AREA),
    ),
  };
}
