import { z } from 'zod';
import { Period } from './dashboard.ts';

export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];
export const COUNTS = ['reports', 'incidents'] as const;
export type CountKind = (typeof COUNTS)[number];
export const CHART_CHOICES = ['auto', 'c', 'xmr'] as const;
export type ChartChoiceParam = (typeof CHART_CHOICES)[number];
export const SPLIT_COLUMNS = ['category', 'asb_type', 'agency'] as const;

/** A split by a column, by the areas of a boundary layer, or none. */
export type Split =
  { kind: 'none' } | { kind: (typeof SPLIT_COLUMNS)[number] } | { kind: 'area'; layer: string };

const SplitParam = z
  .string()
  .regex(
    /^(none|category|asb_type|agency|area:[a-z0-9][a-z0-9_]{0,39})$/,
    'must be none, category, asb_type, agency or area:LAYER',
  )
  .transform((s): Split => {
    if (s.startsWith('area:')) return { kind: 'area', layer: s.slice(5) };
    return { kind: s as 'none' | (typeof SPLIT_COLUMNS)[number] };
  });

/** The Trends page's own parameters, beside the shared filters. */
export const TrendQuery = z.object({
  interval: z.enum(INTERVALS).default('month'),
  split: SplitParam.default({ kind: 'none' }),
  count: z.enum(COUNTS).default('reports'),
  /** 'auto' picks by the counts' dispersion (CHART_RULE in server/analytics/trends/control-choice.ts). */
  chart: z.enum(CHART_CHOICES).default('auto'),
  /** Series shown before the rest are merged into 'other'. */
  top: z.coerce.number().int().min(1).max(12).default(6),
});
export type TrendQuery = z.infer<typeof TrendQuery>;
export const splitToParam = (s: Split): string => (s.kind === 'area' ? `area:${s.layer}` : s.kind);

/** One interval; `partial` when the filter period covers only part of it (so its count is low). */
export const TrendInterval = z.object({ start: z.string(), end: z.string(), partial: z.boolean() });

export const TrendSeriesLine = z.object({
  /** The split value ('other' merges the smaller ones; 'none' when the record has no area of the layer). */
  key: z.string(),
  label: z.string(),
  values: z.array(z.number().int()),
  total: z.number().int(),
});

export const ControlSignalDto = z.object({
  rule: z.enum(['beyond_limit', 'run', 'trend']),
  direction: z.enum(['up', 'down']),
  from: z.number().int(),
  to: z.number().int(),
  description: z.string(),
});

/** Which chart was asked for, what the dispersion rule advises, and why. */
export const ControlChoiceDto = z.object({
  requested: z.enum(CHART_CHOICES),
  advised: z.enum(['c', 'xmr']),
  /** Sample variance / mean of the charted points; null with fewer than two or a zero mean. */
  dispersion: z.number().nullable(),
  /** The 95% Poisson bound on the dispersion ratio for this many points. */
  bound: z.number().nullable(),
  rule: z.string(),
  reason: z.string(),
});
export type ControlChoiceDto = z.infer<typeof ControlChoiceDto>;

/**
 * Control chart of the unsplit series over the whole intervals only (a partial one at either end would
 * read as a fall): points[i] is intervals[first + i]; signal indices count from `first` too.
 */
export const ControlChartDto = z.object({
  kind: z.enum(['c', 'xmr']),
  first: z.number().int(),
  centre: z.number(),
  upper: z.number(),
  lower: z.number(),
  points: z.array(
    z.object({
      value: z.number(),
      aboveUpper: z.boolean(),
      belowLower: z.boolean(),
      inRun: z.boolean(),
      inTrend: z.boolean(),
    }),
  ),
  signals: z.array(ControlSignalDto),
  choice: ControlChoiceDto,
});
export type ControlChartDto = z.infer<typeof ControlChartDto>;

/** GET /api/trends/series */
export const TrendSeries = z.object({
  period: Period,
  interval: z.enum(INTERVALS),
  count: z.enum(COUNTS),
  split: z.string(),
  intervals: z.array(TrendInterval),
  /** The unsplit series (distinct incidents overall when count=incidents). */
  total: z.array(z.number().int()),
  /** Empty when split=none. */
  series: z.array(TrendSeriesLine),
  /** Null when there are too few intervals for the chart (XmR needs two). */
  control: ControlChartDto.nullable(),
});
export type TrendSeries = z.infer<typeof TrendSeries>;

export const ChangeComparison = z.object({
  kind: z.enum(['previous_period', 'same_period_last_year']),
  period: Period,
  current: z.number().int(),
  previous: z.number().int(),
  /** False when the data do not cover the whole comparison period. */
  complete: z.boolean(),
  verdict: z.enum(['up', 'down', 'no_real_change']),
  explanation: z.string(),
  pUp: z.number(),
  pDown: z.number(),
  pTwoSided: z.number(),
  /** Context only, always shown with the verdict. */
  percent: z.number().nullable(),
  /** Null when the two periods differ in length (a leap day). */
  wheelerZ: z.number().nullable(),
});
export type ChangeComparison = z.infer<typeof ChangeComparison>;

/** GET /api/trends/change */
export const TrendChange = z.object({
  period: Period,
  count: z.enum(COUNTS),
  rule: z.string(),
  comparisons: z.array(ChangeComparison),
});
export type TrendChange = z.infer<typeof TrendChange>;

/** GET /api/trends/hour-weekday: cells[weekday][hour], weekday 0 = Monday, in `timeZone`. */
export const HourWeekday = z.object({
  period: Period,
  timeZone: z.string(),
  cells: z.array(z.array(z.number())),
  /** Records spread over the matrix. */
  records: z.number().int(),
  /** Windowed records (from/to) among them; the rest have an exact time. */
  windowed: z.number().int(),
  leftOut: z.object({
    monthOnly: z.number().int(),
    dayOnly: z.number().int(),
    /** A window ending before it starts. */
    invalid: z.number().int(),
  }),
});
export type HourWeekday = z.infer<typeof HourWeekday>;

/** GET /api/trends/seasonal: every month of data held, one line per year. */
export const Seasonal = z.object({
  span: Period.nullable(),
  months: z.array(z.string()),
  years: z.array(
    z.object({ year: z.number().int(), label: z.string(), values: z.array(z.number().int().nullable()) }),
  ),
});
export type Seasonal = z.infer<typeof Seasonal>;
