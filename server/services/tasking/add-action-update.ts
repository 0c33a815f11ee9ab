import type { Action } from '../../contract/tasking.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { actionRows, insertActionUpdate } from '../../queries/tasking/actions.ts';
import { insertChange } from '../../queries/tasking/changes.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { getAction } from './get-action.ts';

/** Adds a note to an action's log; the log only grows, so it never conflicts with an edit. */
export async function addActionUpdate(
  db: Db,
  user: SessionUser,
  actionId: number,
  text: string,
): Promise<Action> {
  await db.transaction(async (tx) => {
    const [action] = await actionRows(tx, { id: actionId });
    if (!action) throw notFound(`Action ${actionId}`);
    await insertActionUpdate(tx, actionId, text, user.id);
    await insertChange(tx, {
      problemId: action.problem_id,
      entity: 'action',
      entityId: actionId,
      change: 'update_added',
      fields: [{ field: 'update', from: null, to: text }],
      userId: user.id,
    });
  });
  return getAction(db, actionId);
}
