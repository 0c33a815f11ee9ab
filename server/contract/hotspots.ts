import { z } from 'zod';
import { LAYER_ID } from './filters.ts';

/** 250 m: street-block scale that still holds a few contacts per cell over a year in a town. */
export const DEFAULT_CELL_M = 250;
/** Gi* band as a multiple of the cell: 1.5 takes the cell and its 8 touching cells. */
export const DEFAULT_BAND_CELLS = 1.5;
/** KDE bandwidth as a multiple of the cell: 2 keeps street-scale peaks (favoured in PAI tests). */
export const DEFAULT_BANDWIDTH_CELLS = 2;
export const CELL_LIMITS = { min: 50, max: 5_000 } as const;
/** Cells in one grid; beyond this a tiny cell over a big area is refused. */
export const MAX_GRID_CELLS = 250_000;
/** Below this study-area mean count per cell Gi* runs on Anscombe-transformed counts. */
export const ANSCOMBE_BELOW_MEAN = 10;
/**
 * Emerging hotspots: a cell needs at least this many contacts per monthly slice over the period (and 3
 * at least) to be classed. Below it Gi* of a month turns on one or two contacts in or next to the cell,
 * so "sporadic" and "new" hot spots would mostly be noise.
 */
export const EMERGING_MIN_PER_SLICE = 0.5;
export const EMERGING_MIN_CONTACTS = 3;
/**
 * Periods of this many months or more are cut into quarters: 8+ slices, each with enough contacts per
 * cell that one month's chance cluster does not decide the class of the latest slice.
 */
export const QUARTERLY_FROM_MONTHS = 24;
/** Below this mean the map is flagged as unreliable. */
export const UNRELIABLE_BELOW_MEAN = 1;

export const HotspotMethod = z.enum(['grid', 'kde', 'gistar', 'emerging']);
export type HotspotMethod = z.infer<typeof HotspotMethod>;

const metres = (max: number) =>
  z.coerce
    .number({ error: 'must be a number of metres' })
    .finite('must be a number of metres')
    .min(CELL_LIMITS.min, `must be at least ${CELL_LIMITS.min} m`)
    .max(max, `must be at most ${max} m`);

/** The method's own query parameters; the shared filters are parsed beside them. */
export const HotspotQuery = z
  .object({
    method: HotspotMethod.default('gistar'),
    cell: metres(CELL_LIMITS.max).optional(),
    band: metres(20_000).optional(),
    bandwidth: metres(20_000).optional(),
    all: z.enum(['true', 'false'], { error: "must be 'true' or 'false'" }).default('false'),
  })
  .refine((q) => q.band === undefined || q.band >= (q.cell ?? DEFAULT_CELL_M), {
    message: 'must be at least the cell size',
    path: ['band'],
  })
  .refine((q) => q.band === undefined || q.band <= 10 * (q.cell ?? DEFAULT_CELL_M), {
    message: 'must be at most 10 cells',
    path: ['band'],
  })
  .refine((q) => q.bandwidth === undefined || q.bandwidth >= (q.cell ?? DEFAULT_CELL_M) / 2, {
    message: 'must be at least half the cell size',
    path: ['bandwidth'],
  })
  .refine((q) => q.bandwidth === undefined || q.bandwidth <= 20 * (q.cell ?? DEFAULT_CELL_M), {
    message: 'must be at most 20 cells',
    path: ['bandwidth'],
  });
export type HotspotQuery = z.infer<typeof HotspotQuery>;

export const HotspotClass = z.enum([
  'hot_99',
  'hot_95',
  'hot_90',
  'not_significant',
  'cold_90',
  'cold_95',
  'cold_99',
]);
export type HotspotClass = z.infer<typeof HotspotClass>;

const nums = z.array(z.number());
const maybeNums = z.array(z.number().nullable());
/** A column of few distinct words sent once each: cell i has keys[codes[i]]. */
const coded = <T extends z.ZodType<string>>(key: T) =>
  z.object({ keys: z.array(key), codes: z.array(z.number().int().min(0)) });

/**
 * Cells column by column (entry i of every array is one cell), rounded to what the map and the cell
 * panel need: z to 4 decimals, p and density to 4 significant digits. Neither centres nor boxes are
 * sent: a cell's id gives its square on the British National Grid lattice, from which the map rebuilds
 * its centre and its WGS84 box (`decodeHotspots`); boxes were two thirds of the bytes.
 */
export const HotspotCells = z.object({
  /** `cellSize_col_row` with col = floor(easting / cell), row = floor(northing / cell) in EPSG:27700. */
  ids: z.array(z.string()),
  counts: nums,
  /** Contacts per km^2 (kde only). */
  density: nums.optional(),
  /** Gi* z, p, Benjamini-Hochberg adjusted p and class (gistar only). */
  z: maybeNums.optional(),
  p: maybeNums.optional(),
  pAdjusted: maybeNums.optional(),
  classes: coded(HotspotClass).optional(),
  /** Emerging hotspot pattern (new_hot, intensifying_cold, ..., none) and the Mann-Kendall trend of z (emerging only). */
  emerging: coded(z.string()).optional(),
  trendZ: maybeNums.optional(),
  trendP: maybeNums.optional(),
});
export type HotspotCells = z.infer<typeof HotspotCells>;

export const HotspotParameters = z.object({
  cell: z.number(),
  band: z.number(),
  bandwidth: z.number(),
  transform: z.enum(['anscombe', 'none']),
  fdr: z.literal('benjamini-hochberg'),
});
export type HotspotParameters = z.infer<typeof HotspotParameters>;

export const Hotspots = z.object({
  method: HotspotMethod,
  period: z.object({ from: z.string(), to: z.string() }),
  parameters: HotspotParameters,
  /** The defaults for the chosen cell size, and why. */
  defaults: z.object({ cell: z.number(), band: z.number(), bandwidth: z.number(), note: z.string() }),
  studyArea: z.object({
    /** Cells whose centre lies inside the coarsest boundary layer, or the data's extent when none is loaded. */
    source: z.enum(['boundaries', 'data_extent']),
    layer: z.string().nullable(),
    cells: z.number().int(),
  }),
  summary: z.object({
    /** Contacts under the filters in study-area cells. */
    contacts: z.number().int(),
    /** Contacts with coordinates outside the study area, and without coordinates. */
    outside: z.number().int(),
    noLocation: z.number().int(),
    meanPerCell: z.number(),
    /** Mean under 1 contact per cell: too sparse to trust; use a larger cell or a longer period. */
    reliable: z.boolean(),
    maxCount: z.number(),
    maxDensity: z.number().nullable(),
  }),
  /** Emerging only: the time slices and the fewest contacts a cell needs over the period to be classed. */
  emerging: z
    .object({
      slice: z.enum(['month', 'quarter']),
      slices: z.number().int(),
      minContacts: z.number().int(),
    })
    .optional(),
  /** Every study-area cell (all=true) or only those with contacts, density or a significant class. */
  all: z.boolean(),
  cells: HotspotCells,
});
export type Hotspots = z.infer<typeof Hotspots>;

/** `cellSize_col_row`, as in HotspotCells.ids. */
export const CellQuery = z.object({
  id: z
    .string({ error: 'is required' })
    .regex(/^\d{2,4}(\.\d+)?_-?\d{1,7}_-?\d{1,7}$/, 'must be a cell id such as 250_1765_1034'),
});

/** A place (contact.location_ref) with its contacts, most first: a "hot dot". */
export const HotPlace = z.object({
  ref: z.string(),
  /** The ref without the coordinates data.police.uk puts before the street. */
  label: z.string(),
  contacts: z.number().int(),
  /** Months of the period with at least one contact there: a persistent problem or a one-off burst. */
  months: z.number().int(),
  topCategory: z.object({ category: z.string(), label: z.string() }),
  /** Mean position of its contacts (WGS84); null when none has coordinates. */
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type HotPlace = z.infer<typeof HotPlace>;

/** The aoristic hour x weekday matrix of a cell or area (as /api/trends/hour-weekday) and what was left out. */
export const ProfileHourWeekday = z.object({
  timeZone: z.string(),
  /** cells[weekday][hour], Monday first, in local time. */
  cells: z.array(z.array(z.number())),
  records: z.number().int(),
  windowed: z.number().int(),
  leftOut: z.object({ monthOnly: z.number().int(), dayOnly: z.number().int(), invalid: z.number().int() }),
});
export type ProfileHourWeekday = z.infer<typeof ProfileHourWeekday>;

/** What the map's side panel shows for a clicked cell or area under the filters. */
export const PlaceProfile = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  contacts: z.number().int(),
  /** Every month of the period, zeros included. */
  months: z.array(z.object({ month: z.string(), contacts: z.number().int() })),
  categories: z.array(z.object({ category: z.string(), label: z.string(), contacts: z.number().int() })),
  hourWeekday: ProfileHourWeekday,
  /** The busiest places inside, at most PROFILE_PLACES; empty for the board role, which sees no place references. */
  topPlaces: z.array(HotPlace),
});
export type PlaceProfile = z.infer<typeof PlaceProfile>;
export const PROFILE_PLACES = 5;

/** One cell's profile: contacts by month, category, hour x weekday, and its busiest places. */
export const HotspotCell = PlaceProfile.extend({
  id: z.string(),
  cell: z.number(),
  centre: z.object({ easting: z.number(), northing: z.number() }),
});
export type HotspotCell = z.infer<typeof HotspotCell>;

/** GET /api/hotspots/area: the same profile for the area given as the `area` filter (layer:code). */
export const AreaProfile = PlaceProfile.extend({
  area: z.object({ layer: z.string(), code: z.string(), name: z.string() }),
});
export type AreaProfile = z.infer<typeof AreaProfile>;

export const PlacesQuery = z.object({
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 200' })
    .int('must be a whole number from 1 to 200')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(25),
  /** The cell size of the cell concentration curve; the map's default when unset. */
  cell: metres(CELL_LIMITS.max).optional(),
});

/** A concentration curve, cut at every whole percent of the units (places or cells), busiest first. */
export const Concentration = z.object({
  /** Places with at least one contact, or study-area cells (empty ones included). */
  units: z.number().int(),
  contacts: z.number().int(),
  /** Shares of contacts in the busiest 1%, 5% and 10% of units; null without contacts. */
  top1: z.number().nullable(),
  top5: z.number().nullable(),
  top10: z.number().nullable(),
  gini: z.number().nullable(),
  /** Units with 2 or more contacts and their share of the contacts. */
  repeatUnits: z.number().int(),
  repeatShare: z.number().nullable(),
  /** 101 points: unitShare 0, 0.01, ..., 1 and the share of contacts in that top share of units. */
  curve: z.array(z.object({ unitShare: z.number(), contactShare: z.number() })),
});
export type Concentration = z.infer<typeof Concentration>;

/** GET /api/hotspots/places: repeat locations ("hot dots") and how concentrated contacts are. */
export const HotPlaces = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  /**
   * Whether this role may see place references and open a cell's or area's profile (not the board):
   * when false `places` is empty and only the aggregate figures and curves are given.
   */
  placeDetail: z.boolean(),
  places: z.array(HotPlace),
  /** Contacts with a location reference, and without one (left out of the place figures). */
  contacts: z.number().int(),
  withoutPlace: z.number().int(),
  /** Three or more contacts at one place: the usual threshold for an ASB case review. */
  placesWithThreeOrMore: z.number().int(),
  byPlace: Concentration,
  byCell: Concentration.extend({ cell: z.number() }),
});
export type HotPlaces = z.infer<typeof HotPlaces>;

/** The share of study-area cells a KDE or count map flags as hotspots when its accuracy is measured. */
export const AccuracyQuery = z.object({
  top: z.coerce
    .number({ error: 'must be a share between 0.005 and 0.5' })
    .min(0.005, 'must be at least 0.005')
    .max(0.5, 'must be at most 0.5')
    .default(0.05),
});

/**
 * PAI and PEI of a map made on the training period (the same number of months just before the
 * filters' period) at predicting the filters' period. Gi* flags its hot cells at 95% or more.
 */
export const HotspotAccuracy = z.object({
  method: HotspotMethod,
  parameters: HotspotParameters,
  training: z.object({ from: z.string(), to: z.string() }),
  test: z.object({ from: z.string(), to: z.string() }),
  /** The share of cells flagged for kde and grid; null for Gi*, which flags what is significant. */
  top: z.number().nullable(),
  flaggedCells: z.number().int(),
  studyCells: z.number().int(),
  testContacts: z.number().int(),
  hitRate: z.number().nullable(),
  areaShare: z.number().nullable(),
  pai: z.number().nullable(),
  pei: z.number().nullable(),
});
export type HotspotAccuracy = z.infer<typeof HotspotAccuracy>;

/** GET /api/hotspots/areas: Gi* over a boundary layer's areas; `value` defaults to rate where it can. */
export const AreaHotspotQuery = z.object({
  layer: z.string({ error: 'is required' }).regex(LAYER_ID, 'is not a valid layer id'),
  value: z.enum(['rate', 'count'], { error: "must be 'rate' or 'count'" }).optional(),
});
export type AreaHotspotQuery = z.infer<typeof AreaHotspotQuery>;

/** One area: its figures, Gi* z, p, Benjamini-Hochberg adjusted p and class, and its queen neighbours. */
export const AreaHotspot = z.object({
  code: z.string(),
  name: z.string(),
  population: z.number().int().nullable(),
  /** Contacts under the filters; null where hidden from the board (small counts, see `suppressed`). */
  count: z.number().int().nullable(),
  /** Contacts per 1,000 residents; null without residents, or where hidden. */
  rate: z.number().nullable(),
  /** All null for an area without neighbours (an island, not tested), and for the board (classes only). */
  z: z.number().nullable(),
  p: z.number().nullable(),
  pAdjusted: z.number().nullable(),
  /** null for an island. */
  class: HotspotClass.nullable(),
  /** Codes of the areas sharing a boundary point with it (queen contiguity), itself excluded. */
  neighbours: z.array(z.string()),
});
export type AreaHotspot = z.infer<typeof AreaHotspot>;

export const AreaHotspots = z.object({
  layer: z.object({ id: z.string(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  method: z.object({
    weights: z.literal('queen_contiguity'),
    style: z.literal('binary'),
    /** Gi*: each area is in its own neighbourhood. */
    selfIncluded: z.literal(true),
    /** What Gi* ran on: contacts per 1,000 residents, or the number of contacts. */
    value: z.enum(['rate', 'count']),
    /** Why that value (asked for, or the default and why). */
    valueNote: z.string(),
    fdr: z.literal('benjamini-hochberg'),
    /** The whole rule in words, for the map's legend. */
    rule: z.string(),
  }),
  summary: z.object({
    areas: z.number().int(),
    /** Areas with at least one neighbour: these get a z and a class. */
    tested: z.number().int(),
    /** Codes of areas without neighbours (islands): no z, no class. */
    islands: z.array(z.string()),
    /** Areas classed hot or cold at 90% or more. */
    hot: z.number().int(),
    cold: z.number().int(),
  }),
  areas: z.array(AreaHotspot),
  /**
   * The board's view only: counts (and rates) under the threshold hidden and listed, with the secondary
   * suppression of board lists; z and p withheld throughout, as with the neighbour lists they would give
   * the hidden counts back. The classes stay.
   */
  suppressed: z
    .object({
      threshold: z.number().int(),
      entries: z.array(z.object({ key: z.string(), reason: z.enum(['small_count', 'protects_another']) })),
      note: z.string(),
    })
    .optional(),
});
export type AreaHotspots = z.infer<typeof AreaHotspots>;
