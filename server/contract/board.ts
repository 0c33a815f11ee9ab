import { z } from 'zod';
import { AGENCY_CODE, AREA_CODE, LAYER_ID } from './filters.ts';
import { Category } from './taxonomy.ts';

export const QUARTER_ID = /^\d{4}-Q[1-4]$/;

/** The Board page's own parameters, beside the filter bar's categories, agencies and area. */
export const BoardQuery = z.object({
  quarter: z.string().regex(QUARTER_ID, 'must be a quarter such as 2026-Q3').optional(),
  layer: z.string().regex(LAYER_ID, 'is not a valid layer id').optional(),
  /** Admins and analysts may preview the figures as the board sees them; the board always gets them so. */
  suppress: z.enum(['true', 'false']).optional(),
});
export type BoardQuery = z.infer<typeof BoardQuery>;

export const SuppressionReason = z.enum(['small_count', 'protects_another']);

/** A count as the board may see it: value null when hidden, with the reason. */
export const BoardCount = z.object({
  value: z.number().int().nullable(),
  suppressed: SuppressionReason.nullable(),
});
export type BoardCount = z.infer<typeof BoardCount>;

export const Interval = z.object({ value: z.number(), low: z.number(), high: z.number() });
export type Interval = z.infer<typeof Interval>;

export const RagDto = z.object({
  status: z.enum(['red', 'amber', 'green']),
  target: z.number(),
  better: z.enum(['lower', 'higher']),
  targetId: z.number().int(),
});
export type RagDto = z.infer<typeof RagDto>;

export const Quarter = z.object({ id: z.string(), label: z.string(), from: z.string(), to: z.string() });
export type Quarter = z.infer<typeof Quarter>;

/** What every board response shares: the quarter, its comparison and how the counts were suppressed. */
export const BoardScope = z.object({
  quarter: Quarter,
  /** The same quarter a year earlier. */
  comparison: Quarter,
  /** False when the data do not cover the whole comparison quarter, so the change is not a fair one. */
  comparisonComplete: z.boolean(),
  suppression: z.object({ applied: z.boolean(), threshold: z.number().int(), rule: z.string() }),
});
export type BoardScope = z.infer<typeof BoardScope>;

/** GET /api/board/choices: quarters with data, the layers and the defaults. */
export const BoardChoices = z.object({
  quarters: z.array(Quarter),
  defaultQuarter: z.string().nullable(),
  layers: z.array(z.object({ id: z.string(), name: z.string(), areas: z.number().int() })),
  defaultLayer: z.string().nullable(),
  threshold: z.number().int(),
  rules: z.object({ suppression: z.string(), change: z.string(), rag: z.string() }),
  /** What the signed-in user may do here: the board always sees suppressed figures; admins set targets. */
  viewer: z.object({ alwaysSuppressed: z.boolean(), mayEditTargets: z.boolean() }),
});
export type BoardChoices = z.infer<typeof BoardChoices>;

export const ChangeDto = z.object({
  verdict: z.enum(['up', 'down', 'no_real_change']),
  explanation: z.string(),
  /** Null when either count is hidden: with the other count it would give the hidden one back. */
  percent: z.number().nullable(),
  pTwoSided: z.number().nullable(),
});
export type ChangeDto = z.infer<typeof ChangeDto>;

export const BoardAreaRow = z.object({
  code: z.string(),
  name: z.string(),
  population: z.number().int().nullable(),
  current: BoardCount,
  previous: BoardCount,
  change: ChangeDto.nullable(),
  /** Per 1,000 residents in the quarter with its 95% Poisson interval; null when hidden or no residents. */
  rate: Interval.nullable(),
  rag: RagDto.nullable(),
});
export type BoardAreaRow = z.infer<typeof BoardAreaRow>;

/** GET /api/board/areas */
export const BoardAreas = BoardScope.extend({
  layer: z.object({ id: z.string(), name: z.string() }),
  rows: z.array(BoardAreaRow),
  total: BoardAreaRow,
  rules: z.object({ change: z.string(), rag: z.string() }),
});
export type BoardAreas = z.infer<typeof BoardAreas>;

export const ExceptionRow = z.object({
  kind: z.enum(['area', 'category', 'area_category']),
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  category: Category.nullable(),
  categoryLabel: z.string().nullable(),
  current: BoardCount,
  previous: BoardCount,
  change: ChangeDto,
  /** Benjamini-Hochberg adjusted p over every cell tested; null when a count is hidden. */
  pAdjusted: z.number().nullable(),
});
export type ExceptionRow = z.infer<typeof ExceptionRow>;

/** GET /api/board/exceptions */
export const BoardExceptions = BoardScope.extend({
  layer: z.object({ id: z.string(), name: z.string() }),
  tested: z.number().int(),
  rows: z.array(ExceptionRow),
  rule: z.string(),
});
export type BoardExceptions = z.infer<typeof BoardExceptions>;

export const ServiceRow = z.object({
  key: z.string(),
  label: z.string(),
  contacts: BoardCount,
  resolved: BoardCount,
  /** Hours from receipt to resolution; null when the resolved count is hidden or none resolved. */
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  resolvedWithTarget: BoardCount,
  /** Share of resolved contacts with a target resolved within it, with its Wilson 95% interval. */
  withinTarget: Interval.nullable(),
  /** Contacts received by the quarter's end and still unresolved at its end. */
  backlog: BoardCount,
  backlogPastTarget: BoardCount,
  /** Callers with two or more contacts in the quarter. */
  repeatCallers: BoardCount,
  rag: RagDto.nullable(),
});
export type ServiceRow = z.infer<typeof ServiceRow>;

export const ServiceTable = z.object({ rows: z.array(ServiceRow), total: ServiceRow });
export type ServiceTable = z.infer<typeof ServiceTable>;

/** GET /api/board/service */
export const BoardService = BoardScope.extend({
  byAgency: ServiceTable,
  byCategory: ServiceTable,
  definitions: z.string(),
});
export type BoardService = z.infer<typeof BoardService>;

export const TARGET_MEASURES = ['rate_per_1000', 'sla_share'] as const;
export const TargetMeasure = z.enum(TARGET_MEASURES);
export type TargetMeasure = z.infer<typeof TargetMeasure>;

/** POST /api/board/targets (admins). Rate targets are per area of a layer; SLA targets per agency. */
export const NewTarget = z
  .object({
    measure: TargetMeasure,
    layer: z.string().regex(LAYER_ID, 'is not a valid layer id').nullable().default(null),
    areaCode: z.string().regex(AREA_CODE, 'is not a valid area code').nullable().default(null),
    agency: z.string().regex(AGENCY_CODE, 'is not a valid agency code').nullable().default(null),
    category: Category.nullable().default(null),
    target: z.number({ error: 'must be a number' }).min(0, 'must be 0 or more').max(1_000_000),
    better: z.enum(['lower', 'higher']),
  })
  .refine((t) => t.measure !== 'rate_per_1000' || t.layer !== null, {
    message: 'is required for a rate target',
    path: ['layer'],
  })
  .refine((t) => t.measure !== 'sla_share' || t.target <= 1, {
    message: 'must be a share from 0 to 1 for an SLA target',
    path: ['target'],
  });
export type NewTarget = z.infer<typeof NewTarget>;

export const TargetRow = z.object({
  id: z.number().int(),
  measure: TargetMeasure,
  layer: z.string().nullable(),
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  agency: z.string().nullable(),
  agencyName: z.string().nullable(),
  category: Category.nullable(),
  target: z.number(),
  better: z.enum(['lower', 'higher']),
  setBy: z.string(),
  setAt: z.string(),
  /** The quarter's value: the count behind it (hidden when small) and the measure with its interval. */
  count: BoardCount,
  value: Interval.nullable(),
  rag: z.enum(['red', 'amber', 'green']).nullable(),
});
export type TargetRow = z.infer<typeof TargetRow>;

/** GET /api/board/targets */
export const BoardTargets = BoardScope.extend({ targets: z.array(TargetRow), rule: z.string() });
export type BoardTargets = z.infer<typeof BoardTargets>;
