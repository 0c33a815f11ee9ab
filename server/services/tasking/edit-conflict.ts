import type { Db, Executor } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { lastChangeOf } from '../../queries/tasking/problems.ts';
import type { FieldChange } from '../../queries/tasking/changes.ts';

/** The 409 for a change made on a stale version: who changed it since, and when. */
export async function editConflict(
  db: Executor,
  entity: 'problem' | 'action',
  id: number,
): Promise<AppError> {
  const last = await lastChangeOf(db, entity, id);
  const who = last?.by ?? 'another user';
  const when = last ? `${last.at.slice(0, 10)} ${last.at.slice(11, 16)} UTC` : 'a moment ago';
  return new AppError(
    'edit_conflict',
    409,
    `Changed by ${who} at ${when} since you opened it; reload to see their change.`,
  );
}

/** The fields whose text differs between before and after, as kept in the history. */
export function changedFields<K extends string>(
  before: Record<K, string | null>,
  after: Record<K, string | null>,
): FieldChange[] {
  return (Object.keys(after) as K[])
    .filter((k) => before[k] !== after[k])
    .map((k) => ({ field: k, from: before[k], to: after[k] }));
}

/**
 * Runs an edit; when another transaction wrote the same row first (DuckDB refuses the second writer),
 * answers the same 409 as a stale version, since that is what happened.
 */
export async function guardedEdit(
  db: Db,
  entity: 'problem' | 'action',
  id: number,
  edit: (tx: Executor) => Promise<void>,
): Promise<void> {
  try {
    await db.transaction(edit);
  } catch (err) {
    if (err instanceof AppError || !/conflict/i.test(String(err))) throw err;
    throw await editConflict(db, entity, id);
  }
}
