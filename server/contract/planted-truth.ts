import { z } from 'zod';
import { Category } from './taxonomy.ts';

/**
 * What the synthetic data generator planted (`icsb generate --truth FILE`, and stored with the demo).
 * Tests of hotspots, trends and evaluation check that they find it. Shares are expected values
 * (fractions of all contacts in the stated months), worked out from the generator's weights: observed
 * counts scatter around them by chance, and duplicates and the outage shift them a little.
 */
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const IsoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const Share = z.number().min(0).max(1);

/** A place in British National Grid metres (EPSG:27700) and in WGS84 degrees. */
export const TruthPoint = z.object({
  easting: z.number(),
  northing: z.number(),
  lon: z.number(),
  lat: z.number(),
});

/** Per category, the extra weight planted in a circle, relative to the category's background of 1. */
const CategoryWeights = z.partialRecord(Category, z.number().min(0));

const Circle = z.object({
  id: z.string(),
  name: z.string(),
  centre: TruthPoint,
  radiusM: z.number().positive(),
  categoryWeights: CategoryWeights,
});

/** A circle with more contacts than its residents explain, all through the period. */
export const PlantedHotspot = Circle.extend({
  /** Expected share of all contacts inside the circle. */
  expectedShare: Share,
  /** The share the circle would have with nothing planted there (its background). */
  backgroundShare: Share,
});
export type PlantedHotspot = z.infer<typeof PlantedHotspot>;

/** A hotspot that is absent before startMonth and grows to full strength by fullStrengthMonth. */
export const PlantedEmergingHotspot = Circle.extend({
  startMonth: IsoMonth,
  fullStrengthMonth: IsoMonth,
  expectedShareBefore: Share,
  expectedShareAfter: Share,
});

/** An area with far fewer contacts than its population (and character) predict. */
export const PlantedColdSpot = z.object({
  layerId: z.string(),
  code: z.string(),
  name: z.string(),
  population: z.number().int().nonnegative(),
  centre: TruthPoint,
  /** Contacts there relative to what the area would otherwise have (0.3: 70% fewer). */
  rateFactor: z.number().positive(),
  expectedShare: Share,
  /** Its share of the geography's residents. */
  populationShare: Share,
});

/**
 * A tasked intervention: from `start` the target circle loses `reduction` of its contacts, and
 * `displacedShare` of what it lost appears in the buffer ring (radiusM to bufferRadiusM).
 */
export const PlantedIntervention = Circle.extend({
  bufferRadiusM: z.number().positive(),
  start: IsoDay,
  reduction: Share,
  displacedShare: Share,
  expected: z.object({
    targetBefore: Share,
    targetAfter: Share,
    bufferBefore: Share,
    bufferAfter: Share,
  }),
});

export const PlantedTruth = z.object({
  schemaVersion: z.literal(1),
  generator: z.object({
    seed: z.number().int(),
    records: z.number().int().positive(),
    from: IsoDay,
    to: IsoDay,
    /** When the extract was taken: later resolutions are still open. */
    referenceDate: IsoDay,
  }),
  geography: z.object({
    source: z.enum(['demo', 'loaded']),
    /** The boundary layer contacts were placed in (the finest with populations). */
    layerId: z.string(),
    areas: z.number().int().positive(),
    population: z.number().int().positive(),
  }),
  hotspots: z.array(PlantedHotspot).min(1),
  emergingHotspot: PlantedEmergingHotspot,
  coldSpot: PlantedColdSpot,
  intervention: PlantedIntervention,
  /** One agency sent nothing for one month. */
  outage: z.object({ agency: z.string(), month: IsoMonth }),
  service: z.object({
    /** The agency planted as slow to resolve. */
    slowAgency: z.string(),
    /** Expected share of resolved contacts resolved within their SLA target, per agency. */
    slaMetShare: z.record(z.string(), Share),
  }),
  /** Second reports of one incident to another agency, received within minutes and metres of the first. */
  duplicates: z.object({
    share: Share,
    maxMinutes: z.number().positive(),
    maxMetres: z.number().positive(),
  }),
  repeats: z.object({
    /** Expected share of contacts with a caller reference that come from repeat callers. */
    repeatCallerShare: Share,
    /** Repeat callers who are recorded as vulnerable on every contact. */
    vulnerableRepeatCallerShare: Share,
  }),
  /** Days with planted spikes, as MM-DD, and the categories that spike. */
  events: z.array(z.object({ name: z.string(), days: z.array(z.string()), categories: z.array(Category) })),
});
export type PlantedTruth = z.infer<typeof PlantedTruth>;
