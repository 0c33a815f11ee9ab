import type { Action } from '../../contract/tasking.ts';
import type { Executor } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { actionRows, actionUpdateRows } from '../../queries/tasking/actions.ts';
import { toAction } from './action-dto.ts';
import { todayUtc } from './today.ts';

/** One action with its update log. */
export async function getAction(db: Executor, id: number): Promise<Action> {
  const [row] = await actionRows(db, { id });
  if (!row) throw notFound(`Action ${id}`);
  return toAction(row, await actionUpdateRows(db, [id]), todayUtc());
}
