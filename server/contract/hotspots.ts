import { z } from 'zod';

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

/** Cells column by column: entry i of every array is one cell. */
export const HotspotCells = z.object({
  /** `cellSize_col_row` with col = floor(easting / cell), row = floor(northing / cell). */
  ids: z.array(z.string()),
  /** BNG centre of each cell, metres. */
  easting: nums,
  northing: nums,
  /** WGS84 [south, west, north, east] of each cell, flattened: 4 numbers per cell. */
  bounds: nums,
  counts: nums,
  /** Contacts per km^2 (kde only). */
  density: nums.optional(),
  /** Gi* z, p, Benjamini-Hochberg adjusted p and class (gistar only). */
  z: maybeNums.optional(),
  p: maybeNums.optional(),
  pAdjusted: maybeNums.optional(),
  classes: z.array(HotspotClass).optional(),
  /** Emerging hotspot pattern (new_hot, intensifying_cold, ..., none) and the Mann-Kendall trend of z (emerging only). */
  emerging: z.array(z.string()).optional(),
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

/** One cell's contacts by month (every month of the period, zeros included) and by category. */
export const HotspotCell = z.object({
  id: z.string(),
  cell: z.number(),
  centre: z.object({ easting: z.number(), northing: z.number() }),
  period: z.object({ from: z.string(), to: z.string() }),
  contacts: z.number().int(),
  months: z.array(z.object({ month: z.string(), contacts: z.number().int() })),
  categories: z.array(z.object({ category: z.string(), label: z.string(), contacts: z.number().int() })),
});
export type HotspotCell = z.infer<typeof HotspotCell>;

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
