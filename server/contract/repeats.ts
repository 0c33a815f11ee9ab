import { z } from 'zod';
import { Period } from './dashboard.ts';

export const REPEAT_KINDS = ['callers', 'locations'] as const;
export type RepeatKind = (typeof REPEAT_KINDS)[number];
export const REPEAT_SORTS = ['priority', 'complaints', 'previous', 'change', 'last', 'ref'] as const;
export type RepeatSort = (typeof REPEAT_SORTS)[number];

/** The case-review rule (the ASB "community trigger"); the span is fixed, the count is the threshold. */
export const CASE_REVIEW_DAYS = 183;
export const DEFAULT_THRESHOLD = 3;

/** "6m" (calendar months) or "90d" (days), ending on the filter's `to`. */
export const RepeatWindow = z
  .string()
  .regex(/^\d{1,3}[md]$/, "must be a number of months or days, such as '6m' or '90d'")
  .transform((s) => ({
    unit: s.endsWith('m') ? ('month' as const) : ('day' as const),
    n: Number(s.slice(0, -1)),
  }))
  .refine((w) => (w.unit === 'month' ? w.n >= 1 && w.n <= 24 : w.n >= 7 && w.n <= 730), {
    message: 'must be 1 to 24 months or 7 to 730 days',
  });
export type RepeatWindow = z.infer<typeof RepeatWindow>;

/** Parameters of the Repeats page beside the shared filters (whose period start is not used). */
export const RepeatQuery = z.object({
  window: RepeatWindow.default({ unit: 'month', n: 6 }),
  threshold: z.coerce.number().int().min(2).max(50).default(DEFAULT_THRESHOLD),
  sort: z.enum(REPEAT_SORTS).default('priority'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type RepeatQuery = z.infer<typeof RepeatQuery>;

export const RepeatWindowDto = z.object({
  period: Period,
  previous: Period,
  label: z.string(),
  /** False when the data start after the window before begins, so its counts are short. */
  previousComplete: z.boolean(),
});
export type RepeatWindowDto = z.infer<typeof RepeatWindowDto>;

/** One pseudonymous caller or place reference; never a name, phone, address or description. */
export const RepeatRow = z.object({
  ref: z.string(),
  /** Complaints in the window: linked reports of one incident count once. */
  complaints: z.number().int(),
  reports: z.number().int(),
  /** Complaints in the window before, of the same length. */
  previous: z.number().int(),
  first: z.string(),
  last: z.string(),
  agencies: z.array(z.string()),
  categories: z.array(z.string()),
  /** Recorded as vulnerable on a contact in the window (for a place: a vulnerable person reported there). */
  vulnerable: z.boolean(),
  meetsThreshold: z.boolean(),
  /** The first complaint and the one that met the threshold, the first time within the window. */
  triggered: Period.nullable(),
  /** Distinct places a caller called about, or distinct callers about a place. */
  others: z.number().int(),
});
export type RepeatRow = z.infer<typeof RepeatRow>;

/** GET /api/repeats/callers and /api/repeats/locations: references with 2 or more complaints. */
export const RepeatList = z.object({
  kind: z.enum(REPEAT_KINDS),
  window: RepeatWindowDto,
  threshold: z.number().int(),
  rule: z.string(),
  counts: z.object({
    /** References with at least one complaint in the window. */
    references: z.number().int(),
    repeats: z.number().int(),
    meeting: z.number().int(),
    vulnerableMeeting: z.number().int(),
    /** Contacts in the window without a reference of this kind (anonymous, patrol-found). */
    contactsWithoutRef: z.number().int(),
  }),
  sort: z.enum(REPEAT_SORTS),
  dir: z.enum(['asc', 'desc']),
  page: z.object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() }),
  rows: z.array(RepeatRow),
});
export type RepeatList = z.infer<typeof RepeatList>;

export const ConcentrationDto = z.object({
  references: z.number().int(),
  complaints: z.number().int(),
  /** Shares of complaints from the busiest 1%, 5% and 10% of references; null without complaints. */
  top1: z.number().nullable(),
  top5: z.number().nullable(),
  top10: z.number().nullable(),
  gini: z.number().nullable(),
  /** References with 2 or more complaints, and their share of the complaints. */
  repeatReferences: z.number().int(),
  repeatShare: z.number().nullable(),
  /** Share of complaints from the busiest share of references, every 1% (first point 0, 0). */
  curve: z.array(z.object({ referenceShare: z.number(), complaintShare: z.number() })),
});
export type ConcentrationDto = z.infer<typeof ConcentrationDto>;

/** GET /api/repeats/concentration: callers and locations over the same window. */
export const RepeatConcentration = z.object({
  window: RepeatWindowDto,
  callers: ConcentrationDto,
  locations: ConcentrationDto,
});
export type RepeatConcentration = z.infer<typeof RepeatConcentration>;
