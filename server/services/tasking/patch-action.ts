import type { Action, ActionPatch } from '../../contract/tasking.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { actionRows, updateAction, type ActionFields } from '../../queries/tasking/actions.ts';
import { insertChange } from '../../queries/tasking/changes.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { checkAgency } from './check-agency.ts';
import { changedFields, editConflict, guardedEdit } from './edit-conflict.ts';
import { getAction } from './get-action.ts';
import { todayUtc } from './today.ts';

/** When the action was done: given, kept or today while done; cleared once it leaves done. */
function completedOn(status: string, patch: ActionPatch, kept: string | null): string | null {
  if (status !== 'done') {
    if (patch.completedOn)
      throw invalidInput('completedOn', `Invalid field 'completedOn': may be set only when status is done.`);
    return null;
  }
  return patch.completedOn ?? kept ?? todayUtc();
}

/** Applies a change made on `patch.version`; a stale version is a 409 naming who changed it since. */
export async function patchAction(
  db: Db,
  user: SessionUser,
  id: number,
  patch: ActionPatch,
): Promise<Action> {
  await checkAgency(db, 'agency', patch.agency);
  await guardedEdit(db, 'action', id, async (tx) => {
    const [row] = await actionRows(tx, { id });
    if (!row) throw notFound(`Action ${id}`);
    const before: ActionFields = {
      agency: row.agency_code,
      assignee: row.assignee,
      kind: row.kind,
      description: row.description,
      dueDate: row.due_date,
      status: row.status,
      completedOn: row.completed_on,
    };
    const { version, completedOn: _given, ...given } = patch;
    const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const merged: ActionFields = { ...before, ...defined };
    const after = { ...merged, completedOn: completedOn(merged.status, patch, before.completedOn) };
    if (row.version !== version) throw await editConflict(tx, 'action', id);
    const fields = changedFields({ ...before }, { ...after });
    if (fields.length === 0) return;
    if (!(await updateAction(tx, id, version, after, user.id))) throw await editConflict(tx, 'action', id);
    await insertChange(tx, {
      problemId: row.problem_id,
      entity: 'action',
      entityId: id,
      change: 'updated',
      fields,
      userId: user.id,
    });
  });
  return getAction(db, id);
}
