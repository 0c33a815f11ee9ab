import { z } from 'zod';
import type { Role } from './auth.ts';
import { DrawnPolygon } from './drawn-areas.ts';
import { AGENCY_CODE, AREA_CODE, LAYER_ID } from './filters.ts';
import { Category } from './taxonomy.ts';

/** Joint tasking: problems (SARA), the actions agencies take on them, and every change kept. */

export const SARA_STAGES = ['scanning', 'analysis', 'response', 'assessment'] as const;
export const SaraStage = z.enum(SARA_STAGES);
export type SaraStage = z.infer<typeof SaraStage>;
export const SARA_LABEL: Record<SaraStage, string> = {
  scanning: 'Scanning',
  analysis: 'Analysis',
  response: 'Response',
  assessment: 'Assessment',
};

export const PROBLEM_STATUSES = ['open', 'closed'] as const;
export const ProblemStatus = z.enum(PROBLEM_STATUSES);

export const ACTION_KINDS = [
  'patrol',
  'cctv',
  'cleansing',
  'warning_letter',
  'lighting_repair',
  'housing_visit',
  'youth_outreach',
  'target_hardening',
  'enforcement',
  'other',
] as const;
export const ActionKind = z.enum(ACTION_KINDS);
export const ACTION_KIND_LABEL: Record<z.infer<typeof ActionKind>, string> = {
  patrol: 'Patrol',
  cctv: 'CCTV',
  cleansing: 'Cleansing',
  warning_letter: 'Warning letter',
  lighting_repair: 'Lighting repair',
  housing_visit: 'Housing visit',
  youth_outreach: 'Youth outreach',
  target_hardening: 'Target hardening',
  enforcement: 'Enforcement',
  other: 'Other',
};

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);

/** Who may create and change problems, actions and evaluations; every role (the board too) may read. */
export const TASKING_WRITE_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];

/** Problem places are hidden boundary layers problem_<id> with one area <id>, so every page can filter to one. */
export const PROBLEM_LAYER_PREFIX = 'problem_';

/**
 * Relative harm of one contact, by category, for ranking problems at the JAG meeting: targeted personal
 * ASB (intimidation) and drug-related ASB weigh most, environmental nuisance least. A stated default, not
 * a published index (the Cambridge Crime Harm Index covers crimes, not ASB); shown beside every ranking.
 */
export const CATEGORY_HARM: Record<Category, number> = {
  intimidation: 3,
  drugs: 2.5,
  rowdy: 2,
  vandalism: 1.5,
  noise: 1.5,
  unclassified: 1.5,
  fly_tipping: 1,
  abandoned_vehicles: 1,
  street_lighting: 1,
};

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-03-31');
export const MAX_PROBLEM_CELLS = 400;

/** Where a problem is: hotspot cells of one grid, an area of a loaded (or drawn) layer, or an outline. */
export const ProblemPlace = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cells'),
    /** Cell ids as the hotspot API gives them (`cellSize_col_row`), all of one cell size. */
    cells: z
      .array(
        z.string().regex(/^\d{2,4}(\.\d+)?_-?\d{1,7}_-?\d{1,7}$/, 'must be cell ids such as 250_1765_1034'),
      )
      .min(1, 'needs at least one cell')
      .max(MAX_PROBLEM_CELLS, `may have at most ${MAX_PROBLEM_CELLS} cells`),
  }),
  z.object({
    kind: z.literal('area'),
    layer: z.string().regex(LAYER_ID, 'is not a valid layer id'),
    code: z.string().regex(AREA_CODE, 'is not a valid area code'),
  }),
  z.object({ kind: z.literal('polygon'), geometry: DrawnPolygon }),
]);
export type ProblemPlace = z.infer<typeof ProblemPlace>;

const Title = z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters');
const Description = z.string().trim().max(2000, 'must be at most 2000 characters');
const Agency = z.string().regex(AGENCY_CODE, 'is not a valid agency code');

export const NewProblem = z.object({
  title: Title,
  description: Description.default(''),
  place: ProblemPlace,
  /** Empty: every category. */
  categories: z.array(Category).max(20).default([]),
  stage: SaraStage.default('scanning'),
  ownerAgency: Agency,
  reviewDate: IsoDay,
});
export type NewProblem = z.infer<typeof NewProblem>;

/** Every change carries the version it was made on: a stale version is a conflict (409), never lost work. */
export const ProblemPatch = z.object({
  version: z.number().int().positive(),
  title: Title.optional(),
  description: Description.optional(),
  categories: z.array(Category).max(20).optional(),
  stage: SaraStage.optional(),
  status: ProblemStatus.optional(),
  ownerAgency: Agency.optional(),
  reviewDate: IsoDay.optional(),
});
export type ProblemPatch = z.infer<typeof ProblemPatch>;

export const AgencyRef = z.object({ code: z.string(), name: z.string() });

/**
 * Why a problem ranks where it does at the JAG meeting; each part is shown, not only the score.
 * Volume and trend count contacts in the place (problem categories) over the last `months` full
 * months of data against the months before; harm is the mean harm weight of those contacts.
 */
export const Priority = z.object({
  score: z.number(),
  months: z.number().int(),
  /** Counts are null for the board role when below its suppression threshold (the score still ranks). */
  volume: z.number().int().nullable(),
  previousVolume: z.number().int().nullable(),
  /** Wheeler's z of volume against previous volume; positive is rising. */
  trendZ: z.number(),
  harmWeight: z.number(),
  vulnerableRepeatCallers: z.number().int().nullable(),
  rule: z.string(),
});
export type Priority = z.infer<typeof Priority>;

export const ProblemSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  stage: SaraStage,
  status: ProblemStatus,
  ownerAgency: AgencyRef,
  categories: z.array(Category),
  reviewDate: z.string(),
  /** The review date has passed on an open problem. */
  reviewDue: z.boolean(),
  placeLabel: z.string(),
  /** The `area` filter value (problem_<id>:<id>) that narrows every page to the problem's place. */
  areaFilter: z.string(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  priority: Priority,
  /** The latest saved evaluation's verdict, if any. */
  latestVerdict: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProblemSummary = z.infer<typeof ProblemSummary>;

export const ProblemList = z.object({
  problems: z.array(ProblemSummary),
  harmWeights: z.record(z.string(), z.number()),
  canWrite: z.boolean(),
});
export type ProblemList = z.infer<typeof ProblemList>;

export const ProblemListQuery = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  agency: Agency.optional(),
  stage: SaraStage.optional(),
});

export const NewAction = z.object({
  agency: Agency,
  assignee: z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
  kind: ActionKind,
  description: Description.default(''),
  dueDate: IsoDay,
});
export type NewAction = z.infer<typeof NewAction>;

export const ActionPatch = z.object({
  version: z.number().int().positive(),
  agency: Agency.optional(),
  assignee: z.string().trim().min(1).max(120).optional(),
  kind: ActionKind.optional(),
  description: Description.optional(),
  dueDate: IsoDay.optional(),
  status: ActionStatus.optional(),
  /** Set when status becomes done; defaults to today. */
  completedOn: IsoDay.nullable().optional(),
});
export type ActionPatch = z.infer<typeof ActionPatch>;

export const ActionUpdate = z.object({
  id: z.number().int(),
  text: z.string(),
  by: z.string(),
  at: z.string(),
});
export const NewActionUpdate = z.object({
  text: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
});

export const Action = z.object({
  id: z.number().int(),
  problemId: z.number().int(),
  agency: AgencyRef,
  assignee: z.string(),
  kind: ActionKind,
  description: z.string(),
  dueDate: z.string(),
  status: ActionStatus,
  completedOn: z.string().nullable(),
  /** Not done or cancelled and the due date has passed. */
  overdue: z.boolean(),
  updates: z.array(ActionUpdate),
  createdBy: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Action = z.infer<typeof Action>;

/** One kept change: who, when (UTC ISO), what; `created` has no field changes. */
export const ChangeEntry = z.object({
  at: z.string(),
  by: z.string(),
  entity: z.enum(['problem', 'action']),
  entityId: z.number().int(),
  change: z.enum(['created', 'updated', 'update_added', 'evaluated']),
  fields: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

export const ProblemDetail = z.object({
  problem: ProblemSummary.extend({
    description: z.string(),
    place: ProblemPlace,
    /** The place's outline (WGS84 GeoJSON Polygon or MultiPolygon) for the map. */
    geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
    areaKm2: z.number(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
  }),
  actions: z.array(Action),
  history: z.array(ChangeEntry),
  canWrite: z.boolean(),
});
export type ProblemDetail = z.infer<typeof ProblemDetail>;

/** GET /api/actions: the actions to chase, per agency. */
export const ActionListQuery = z.object({
  agency: Agency.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  status: z.enum(['open', 'all']).default('open'),
});
export const ActionList = z.object({
  actions: z.array(Action.extend({ problemTitle: z.string() })),
});
export type ActionList = z.infer<typeof ActionList>;
