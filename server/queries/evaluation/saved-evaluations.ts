import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

export interface SavedEvaluationRow {
  [k: string]: unknown;
  id: number;
  problem_id: number;
  /** The Evaluation as JSON text, without its id. */
  result: string;
}

export interface BoardEvaluationRow extends SavedEvaluationRow {
  title: string;
  stage: string;
  status: string;
  owner_agency: string;
  owner_agency_name: string | null;
}

/** Stores an evaluation and returns its id. */
export async function insertEvaluation(
  db: Executor,
  e: { problemId: number; result: string; userId: number },
): Promise<number> {
  const [row] = await db.all<{ id: number }>(sql`insert into problem_evaluation (problem_id, result, run_by)
    values (${e.problemId}, ${e.result}, ${e.userId}) returning id`);
  if (!row) throw new Error('insertEvaluation: nothing returned');
  return row.id;
}

/** A problem's saved evaluations, newest first. */
export async function problemEvaluations(db: Executor, problemId: number): Promise<SavedEvaluationRow[]> {
  return db.all<SavedEvaluationRow>(sql`select id, problem_id, result::varchar as result
    from problem_evaluation where problem_id = ${problemId} order by run_at desc, id desc`);
}

/** The latest saved evaluation of each problem with the problem's title, stage and owner; newest first. */
export async function latestEvaluations(db: Executor): Promise<BoardEvaluationRow[]> {
  return db.all<BoardEvaluationRow>(sql`with latest as (
      select problem_id, max(id) as id from problem_evaluation group by problem_id)
    select e.id, e.problem_id, e.result::varchar as result, p.title, p.stage, p.status, p.owner_agency,
      g.name as owner_agency_name
    from latest l join problem_evaluation e on e.id = l.id join problem p on p.id = e.problem_id
      left join agency g on g.code = p.owner_agency
    order by e.run_at desc, e.id desc`);
}
