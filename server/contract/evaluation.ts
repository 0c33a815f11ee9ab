import { z } from 'zod';
import { BoardCount } from './board.ts';
import { AREA_CODE, LAYER_ID } from './filters.ts';
import { AgencyRef, ProblemStatus, SaraStage } from './tasking.ts';
import { Category } from './taxonomy.ts';

/**
 * Evaluation of a problem's intervention (the SARA assessment): target R (the problem's place), buffer D
 * (a ring of the chosen width around it), control C (the rest of the district(s) holding the target,
 * without target and buffer, or an area the user picks), before b and after a: equal numbers of whole
 * months either side of the intervention month, which is left out as the time the response took hold.
 */
export const MIN_BUFFER_M = 50;
export const MAX_BUFFER_M = 3000;
export const DEFAULT_BUFFER_M = 400;
export const MAX_WINDOW_MONTHS = 24;
export const DEFAULT_WINDOW_MONTHS = 6;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-03-31');

export const ControlChoice = z.discriminatedUnion('kind', [
  /** The rest of the area(s) of the default control layer (districts) that hold the target. */
  z.object({ kind: z.literal('district') }),
  z.object({
    kind: z.literal('area'),
    layer: z.string().regex(LAYER_ID, 'is not a valid layer id'),
    code: z.string().regex(AREA_CODE, 'is not a valid area code'),
  }),
]);
export type ControlChoice = z.infer<typeof ControlChoice>;

export const EvaluationRequest = z.object({
  interventionDate: IsoDay,
  bufferM: z
    .number()
    .int()
    .min(MIN_BUFFER_M, `must be at least ${MIN_BUFFER_M} m`)
    .max(MAX_BUFFER_M, `must be at most ${MAX_BUFFER_M} m`)
    .default(DEFAULT_BUFFER_M),
  /** Months in each of the before and after windows. */
  months: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(MAX_WINDOW_MONTHS, `must be at most ${MAX_WINDOW_MONTHS}`)
    .default(DEFAULT_WINDOW_MONTHS),
  control: ControlChoice.default({ kind: 'district' }),
  /** Omitted: the problem's categories (all when the problem has none). */
  categories: z.array(Category).max(20).optional(),
  /** Saved with the problem (and shown in the board pack), or only previewed. */
  save: z.boolean().default(true),
});
export type EvaluationRequest = z.infer<typeof EvaluationRequest>;

export const VERDICTS = ['worked', 'diffusion', 'displaced', 'no_effect', 'worse'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;
export const VERDICT_LABEL: Record<Verdict, string> = {
  worked: 'Worked',
  diffusion: 'Worked, with diffusion of benefit',
  displaced: 'Displaced',
  no_effect: 'No measurable effect',
  worse: 'Got worse',
};

const BeforeAfter = z.object({ before: z.number().int(), after: z.number().int() });
const Window = z.object({ from: z.string(), to: z.string(), months: z.array(z.string()) });
const Geometry = z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) });

/** A test of one zone's change against the control's: the odds ratio (Rb Ca)/(Ra Cb), > 1 a relative fall. */
export const RelativeChange = z.object({
  oddsRatio: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  z: z.number().nullable(),
  p: z.number().nullable(),
  significant: z.boolean(),
});
export type RelativeChange = z.infer<typeof RelativeChange>;

export const Evaluation = z.object({
  id: z.number().int().nullable(),
  problemId: z.number().int(),
  runBy: z.string(),
  runAt: z.string(),
  params: z.object({
    interventionDate: z.string(),
    bufferM: z.number().int(),
    months: z.number().int(),
    control: ControlChoice,
    controlLabel: z.string(),
    categories: z.array(Category),
  }),
  before: Window,
  after: Window,
  counts: z.object({ target: BeforeAfter, buffer: BeforeAfter, control: BeforeAfter }),
  /** Weighted Displacement Quotient; null when the target did not change relative to control (no gain to weigh). */
  wdq: z.number().nullable(),
  /** Total Net Effect in contacts (positive: contacts prevented, counting the buffer). */
  tne: z.number().nullable(),
  targetTest: RelativeChange,
  bufferTest: RelativeChange,
  verdict: Verdict,
  /** The verdict in plain words with the figures behind it. */
  verdictText: z.string(),
  rules: z.object({ test: z.string(), verdict: z.string(), wdq: z.string() }),
  /** Monthly counts per zone over both windows and the intervention month, for the chart. */
  series: z.array(
    z.object({ month: z.string(), target: z.number(), buffer: z.number(), control: z.number() }),
  ),
  zones: z.object({
    target: Geometry,
    buffer: Geometry,
    control: Geometry,
    areaKm2: z.object({ target: z.number(), buffer: z.number(), control: z.number() }),
  }),
  /** Why a window is shorter than asked, or data missing: said, not hidden. */
  warnings: z.array(z.string()),
});
export type Evaluation = z.infer<typeof Evaluation>;

export const EvaluationList = z.object({ evaluations: z.array(Evaluation) });
export type EvaluationList = z.infer<typeof EvaluationList>;

/** GET /api/board/tasking?suppress=: the latest saved evaluation of each problem, for the board pack. */
export const BoardTaskingQuery = z.object({
  /** Admins, analysts and tasking may preview the figures as the board sees them; the board always gets them so. */
  suppress: z.enum(['true', 'false']).optional(),
});
export type BoardTaskingQuery = z.infer<typeof BoardTaskingQuery>;

const BoardBeforeAfter = z.object({ before: BoardCount, after: BoardCount });

export const BoardTaskingRow = z.object({
  problemId: z.number().int(),
  title: z.string(),
  stage: SaraStage,
  status: ProblemStatus,
  ownerAgency: AgencyRef,
  evaluationId: z.number().int(),
  runAt: z.string(),
  interventionDate: z.string(),
  bufferM: z.number().int(),
  controlLabel: z.string(),
  categories: z.array(Category),
  before: Window,
  after: Window,
  verdict: Verdict,
  /** With the figures; without any count (nor figures that give one back) when a count is hidden. */
  verdictText: z.string(),
  /** WDQ, TNE and the change are null when any count of the row is hidden: they would give it back. */
  wdq: z.number().nullable(),
  tne: z.number().nullable(),
  /** The target's change against the control in %: ((Ra/Rb)/(Ca/Cb) - 1) x 100; negative is a relative fall. */
  changeAgainstControl: z.number().nullable(),
  targetTest: RelativeChange,
  counts: z.object({ target: BoardBeforeAfter, buffer: BoardBeforeAfter, control: BoardBeforeAfter }),
});
export type BoardTaskingRow = z.infer<typeof BoardTaskingRow>;

export const BoardTaskingResults = z.object({
  /** Problems with a saved evaluation, latest evaluation each, newest run first. */
  rows: z.array(BoardTaskingRow),
  suppression: z.object({ applied: z.boolean(), threshold: z.number().int(), rule: z.string() }),
  rules: z.object({ test: z.string(), verdict: z.string(), wdq: z.string() }),
});
export type BoardTaskingResults = z.infer<typeof BoardTaskingResults>;
