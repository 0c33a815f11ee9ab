import { evaluationWindows, type EvaluationWindows } from '../../analytics/evaluation/windows.ts';
import type { Evaluation, EvaluationRequest } from '../../contract/evaluation.ts';
import type { Category } from '../../contract/taxonomy.ts';
import type { Db } from '../../db/database.ts';
import { AppError, invalidInput, notFound } from '../../errors.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';
import { dataExtent } from '../../queries/data-extent.ts';
import { evaluatedProblem } from '../../queries/evaluation/evaluated-problem.ts';
import { insertEvaluation } from '../../queries/evaluation/saved-evaluations.ts';
import { zoneMonthCounts } from '../../queries/evaluation/zone-counts.ts';
import { insertChange } from '../../queries/tasking/changes.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { controlBase } from './control-base.ts';
import { evaluationParts } from './evaluation-result.ts';
import { storeZones } from './store-zones.ts';
import { zoneShapes } from './zone-shapes.ts';

async function windowsFor(db: Db, req: EvaluationRequest): Promise<EvaluationWindows> {
  const { first, last } = await dataExtent(db);
  if (!first || !last)
    throw invalidInput('interventionDate', "Invalid field 'interventionDate': no contacts are loaded yet.");
  const windows = evaluationWindows(req.interventionDate, req.months, { first, last });
  if (windows.months === 0)
    throw invalidInput(
      'interventionDate',
      `Invalid field 'interventionDate': the data (${first} to ${last}) hold no whole month both before ` +
        `and after ${windows.interventionMonth}.`,
    );
  return windows;
}

/** Keeps the evaluation with the problem and its `evaluated` change, in one transaction. */
async function save(db: Db, user: SessionUser, evaluation: Evaluation): Promise<number> {
  return db.transaction(async (tx) => {
    const { problemId, verdict } = evaluation;
    const id = await insertEvaluation(tx, { problemId, result: JSON.stringify(evaluation), userId: user.id });
    const fields = [{ field: 'verdict', from: null, to: verdict }];
    await insertChange(tx, {
      problemId,
      entity: 'problem',
      entityId: problemId,
      change: 'evaluated',
      fields,
      userId: user.id,
    });
    return id;
  });
}

/**
 * The assessment of a problem's response: zones from its place, equal windows either side of the
 * intervention month, counts per zone and month in SQL, then WDQ, TNE, the tests and the verdict.
 * Saved with the problem (and its change log) unless only previewed.
 */
export async function runEvaluation(
  db: Db,
  user: SessionUser,
  problemId: number,
  req: EvaluationRequest,
): Promise<Evaluation> {
  const problem = await evaluatedProblem(db, problemId);
  if (!problem) throw notFound(`Problem ${problemId}`);
  if (!problem.geometry)
    throw new AppError(
      'no_place',
      409,
      `Problem ${problemId} has lost its place's outline; set its place again.`,
    );
  const windows = await windowsFor(db, req);
  const target = JSON.parse(problem.geometry) as AreaGeometry;
  const place = { layer: problem.layer_id, code: String(problem.id), geometry: target };
  const base = await controlBase(db, req.control, place);
  const zones = zoneShapes(target, req.bufferM, base.geometry);
  const categories = req.categories ?? (problem.categories.split(',').filter(Boolean) as Category[]);
  const range = { from: windows.before.from, to: windows.after.to };
  const rows = await db.transaction(async (tx) =>
    zoneMonthCounts(tx, await storeZones(tx, problem.id, problem.title, zones), range, categories),
  );
  const evaluation: Evaluation = {
    id: null,
    problemId: problem.id,
    runBy: user.username,
    runAt: `${new Date().toISOString().slice(0, 19)}Z`,
    params: {
      interventionDate: req.interventionDate,
      bufferM: req.bufferM,
      months: windows.months,
      control: req.control,
      controlLabel: `${base.label}, without the target and buffer`,
      categories,
    },
    before: windows.before,
    after: windows.after,
    ...evaluationParts(rows, windows),
    zones,
  };
  return req.save ? { ...evaluation, id: await save(db, user, evaluation) } : evaluation;
}
