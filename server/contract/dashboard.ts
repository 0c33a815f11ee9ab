import { z } from 'zod';
import { Category } from './taxonomy.ts';

/** Inclusive ISO dates (YYYY-MM-DD). */
export const Period = z.object({ from: z.string(), to: z.string() });

/** Wheeler's z for two counts with a plain-language verdict; never a bare percentage. */
export const Change = z.object({
  current: z.number().int(),
  previous: z.number().int(),
  percent: z.number().nullable(),
  wheelerZ: z.number(),
  verdict: z.enum(['up', 'down', 'no_real_change']),
});
export type Change = z.infer<typeof Change>;

/** Shares are fractions from 0 to 1. */
export const Summary = z.object({
  period: Period,
  /** The same period a year earlier. */
  comparisonPeriod: Period,
  contacts: z.number().int(),
  changeOnLastYear: Change,
  /** False when the data do not cover the whole comparison period, so the change is not a fair one. */
  comparisonComplete: z.boolean(),
  /** Every category with contacts in the period, most first. */
  topCategories: z.array(
    z.object({ category: Category, label: z.string(), contacts: z.number().int(), share: z.number() }),
  ),
  /** Agencies with at least one contact in the period. */
  agencies: z.number().int(),
  /** Share of the period's contacts that give only the month (no day or time). */
  monthOnlyShare: z.number(),
  /** First and last day with contacts in the whole database, whatever the filters. */
  dataExtent: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
});
export type Summary = z.infer<typeof Summary>;

export const TimeseriesPoint = z.object({
  /** YYYY-MM */
  month: z.string(),
  contacts: z.number().int(),
  /** The same month a year earlier; null when the data do not reach back that far. */
  lastYear: z.number().int().nullable(),
});
export const Timeseries = z.object({
  period: Period,
  interval: z.literal('month'),
  points: z.array(TimeseriesPoint),
});
export type Timeseries = z.infer<typeof Timeseries>;

export const Health = z.object({
  status: z.literal('ok'),
  contacts: z.number().int(),
  dataVersion: z.number().int(),
});
export type Health = z.infer<typeof Health>;

/** contacts: how many contacts the agency has supplied in all (0 for one that supplies none). */
export const AgencyDto = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  contacts: z.number().int(),
});
export const LayerDto = z.object({ id: z.string(), name: z.string(), areas: z.number().int() });
export const Options = z.object({
  agencies: z.array(AgencyDto),
  categories: z.array(z.object({ code: Category, label: z.string() })),
  layers: z.array(LayerDto),
  map: z.object({ tileUrl: z.string().nullable(), tileAttribution: z.string().nullable() }),
});
export type Options = z.infer<typeof Options>;

/** Properties of each feature of GET /api/boundaries/:layer. */
export const BoundaryProperties = z.object({
  code: z.string(),
  name: z.string(),
  population: z.number().int().nullable(),
});
export type BoundaryProperties = z.infer<typeof BoundaryProperties>;

/** GeoJSON FeatureCollection in WGS84 lon/lat; bbox is [minLon, minLat, maxLon, maxLat] of the layer. */
export const BoundaryCollection = z.object({
  type: z.literal('FeatureCollection'),
  layer: z.string(),
  bbox: z.array(z.number()).length(4).nullable(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: BoundaryProperties,
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type BoundaryCollection = z.infer<typeof BoundaryCollection>;

/** A rate per 1,000 residents with its exact 95% Poisson interval; all null where no residents are known. */
export const RatePer1000 = z.object({
  rate: z.number().nullable(),
  rateLow: z.number().nullable(),
  rateHigh: z.number().nullable(),
});

/**
 * An area against the force-wide rate: `expected` contacts at that rate, the exact two-sided Poisson
 * p-value, its Benjamini-Hochberg adjustment across the layer's areas and the verdict at 5%. All null
 * without residents, or when the filters hold one area (there is then no force-wide rate to compare).
 */
export const VersusForce = z.object({
  expected: z.number().nullable(),
  pValue: z.number().nullable(),
  pAdjusted: z.number().nullable(),
  versusForce: z.enum(['above', 'below', 'not_different']).nullable(),
});
export type VersusForceVerdict = NonNullable<z.infer<typeof VersusForce>['versusForce']>;

/** One area of a layer under the filters; areas without contacts are listed with 0. */
export const AreaStat = z.object({
  code: z.string(),
  name: z.string(),
  population: z.number().int().nullable(),
  contacts: z.number().int(),
  ...RatePer1000.shape,
  ...VersusForce.shape,
});
export type AreaStat = z.infer<typeof AreaStat>;

/**
 * GET /api/areas?layer=ID&filters. `total` is the whole layer: its rate counts only contacts in areas
 * with residents (`contactsWithPopulation`) over their residents (`population`).
 */
export const AreaStats = z.object({
  layer: z.object({ id: z.string(), name: z.string() }),
  period: Period,
  /** Rates are per this many residents; intervals at this confidence. */
  ratePer: z.literal(1000),
  confidence: z.literal(0.95),
  total: z.object({
    contacts: z.number().int(),
    contactsWithPopulation: z.number().int(),
    population: z.number().int().nullable(),
    /** Contacts matching the filters that lie in none of the layer's areas (outside the force, say). */
    outsideLayer: z.number().int(),
    ...RatePer1000.shape,
  }),
  areas: z.array(AreaStat),
  /** How each area was tested against the force-wide rate; null when it was not (see VersusForce). */
  significance: z
    .object({
      /** Contacts per 1,000 residents over the layer's areas with residents. */
      forceRate: z.number(),
      alpha: z.literal(0.05),
      tested: z.number().int(),
      above: z.number().int(),
      below: z.number().int(),
      /** The rule in words, for the map. */
      rule: z.string(),
    })
    .nullable(),
});
export type AreaStats = z.infer<typeof AreaStats>;
