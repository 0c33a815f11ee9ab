import type { z } from 'zod';
import {
  CATEGORY_HARM,
  TASKING_WRITE_ROLES,
  type ProblemList,
  type ProblemListQuery,
} from '../../contract/tasking.ts';
import type { Executor } from '../../db/database.ts';
import { problemRows } from '../../queries/tasking/problems.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { prioritiesOf } from './priorities.ts';
import { categoriesOf, toSummary } from './problem-dto.ts';
import { todayUtc } from './today.ts';

/** The JAG meeting list: problems by priority score, highest first, each with the parts of its score. */
export async function listProblems(
  db: Executor,
  user: SessionUser,
  q: z.infer<typeof ProblemListQuery>,
  boardThreshold: number | null,
): Promise<ProblemList> {
  const today = todayUtc();
  const rows = await problemRows(db, q, today);
  const priorities = await prioritiesOf(
    db,
    rows.map((r) => ({ id: r.id, categories: categoriesOf(r) })),
    boardThreshold,
  );
  const problems = rows.flatMap((r) => {
    const priority = priorities.get(r.id);
    return priority ? [toSummary(r, priority, today)] : [];
  });
  problems.sort((a, b) => b.priority.score - a.priority.score || a.id - b.id);
  return { problems, harmWeights: CATEGORY_HARM, canWrite: TASKING_WRITE_ROLES.includes(user.role) };
}
