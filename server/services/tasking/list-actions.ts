import type { z } from 'zod';
import type { ActionList, ActionListQuery } from '../../contract/tasking.ts';
import type { Executor } from '../../db/database.ts';
import { actionRows, actionUpdateRows } from '../../queries/tasking/actions.ts';
import { toAction } from './action-dto.ts';
import { todayUtc } from './today.ts';

/** The actions to chase: by agency, open only (default) or all, overdue or not; by due date. */
export async function listActions(db: Executor, q: z.infer<typeof ActionListQuery>): Promise<ActionList> {
  const today = todayUtc();
  const rows = await actionRows(db, {
    agency: q.agency,
    openOnly: q.status === 'open',
    overdueBefore: q.overdue === 'true' ? today : undefined,
  });
  const updates = await actionUpdateRows(
    db,
    rows.map((r) => r.id),
  );
  const actions = rows.map((r) => ({ ...toAction(r, updates, today), problemTitle: r.problem_title }));
  return { actions: q.overdue === 'false' ? actions.filter((a) => !a.overdue) : actions };
}
