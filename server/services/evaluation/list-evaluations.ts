import type { Evaluation, EvaluationList } from '../../contract/evaluation.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { evaluatedProblem } from '../../queries/evaluation/evaluated-problem.ts';
import { problemEvaluations } from '../../queries/evaluation/saved-evaluations.ts';

/** A problem's saved evaluations, newest first. */
export async function listEvaluations(db: Db, problemId: number): Promise<EvaluationList> {
  if (!(await evaluatedProblem(db, problemId))) throw notFound(`Problem ${problemId}`);
  const rows = await problemEvaluations(db, problemId);
  return { evaluations: rows.map((r) => ({ ...(JSON.parse(r.result) as Evaluation), id: r.id })) };
}
