import type { Action, NewAction } from '../../contract/tasking.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { insertAction } from '../../queries/tasking/actions.ts';
import { insertChange } from '../../queries/tasking/changes.ts';
import { problemRows } from '../../queries/tasking/problems.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { checkAgency } from './check-agency.ts';
import { getAction } from './get-action.ts';
import { todayUtc } from './today.ts';

/** Tasks an agency with an action on a problem, planned, and keeps the `created` change. */
export async function createAction(
  db: Db,
  user: SessionUser,
  problemId: number,
  input: NewAction,
): Promise<Action> {
  await checkAgency(db, 'agency', input.agency);
  const id = await db.transaction(async (tx) => {
    const [problem] = await problemRows(tx, { id: problemId, status: 'all' }, todayUtc());
    if (!problem) throw notFound(`Problem ${problemId}`);
    const id = await insertAction(tx, problemId, { ...input, status: 'planned', completedOn: null }, user.id);
    await insertChange(tx, {
      problemId,
      entity: 'action',
      entityId: id,
      change: 'created',
      fields: [],
      userId: user.id,
    });
    return id;
  });
  return getAction(db, id);
}
