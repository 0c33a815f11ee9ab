import { TASKING_WRITE_ROLES, type ProblemDetail } from '../../contract/tasking.ts';
import type { Executor } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { actionRows, actionUpdateRows } from '../../queries/tasking/actions.ts';
import { changeRows } from '../../queries/tasking/changes.ts';
import { placeArea } from '../../queries/tasking/place-area.ts';
import { problemRows } from '../../queries/tasking/problems.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { toAction } from './action-dto.ts';
import { prioritiesOf } from './priorities.ts';
import { categoriesOf, toDetail } from './problem-dto.ts';
import { todayUtc } from './today.ts';

/** One problem with its outline, actions (by due date), kept changes (newest first) and priority. */
export async function getProblem(
  db: Executor,
  user: SessionUser,
  id: number,
  boardThreshold: number | null,
): Promise<ProblemDetail> {
  const today = todayUtc();
  const [row] = await problemRows(db, { id, status: 'all' }, today);
  if (!row) throw notFound(`Problem ${id}`);
  const area = await placeArea(db, row.layer_id, String(row.id));
  if (!area) throw new Error(`getProblem: problem ${id} has no place outline`);
  const actions = await actionRows(db, { problemId: id });
  const updates = await actionUpdateRows(
    db,
    actions.map((a) => a.id),
  );
  const priorities = await prioritiesOf(db, [{ id, categories: categoriesOf(row) }], boardThreshold);
  const priority = priorities.get(id);
  if (!priority) throw new Error(`getProblem: no priority for problem ${id}`);
  return toDetail(
    row,
    {
      priority,
      geometry: area.geometry,
      actions: actions.map((a) => toAction(a, updates, today)),
      changes: await changeRows(db, id),
    },
    today,
    TASKING_WRITE_ROLES.includes(user.role),
  );
}
