import { listValue } from '@duckdb/node-api';
import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

export interface ActionRow {
  [k: string]: unknown;
  id: number;
  problem_id: number;
  problem_title: string;
  agency_code: string;
  agency_name: string | null;
  assignee: string;
  kind: string;
  description: string;
  due_date: string;
  status: string;
  completed_on: string | null;
  created_by: string | null;
  created_at: string;
  version: number;
}

export interface ActionFields {
  agency: string;
  assignee: string;
  kind: string;
  description: string;
  dueDate: string;
  status: string;
  completedOn: string | null;
}

export interface ActionSelection {
  id?: number;
  problemId?: number;
  agency?: string;
  /** Only planned or in progress. */
  openOnly?: boolean;
  /** Only open and due before this day. */
  overdueBefore?: string;
}

export async function insertAction(
  db: Executor,
  problemId: number,
  a: ActionFields,
  userId: number,
): Promise<number> {
  const [row] = await db.all<{ id: number }>(sql`insert into tasking_action (problem_id, agency_code,
      assignee, kind, description, due_date, status, completed_on, created_by, updated_by)
    values (${problemId}, ${a.agency}, ${a.assignee}, ${a.kind}, ${a.description}, ${a.dueDate}::date,
      ${a.status}, ${a.completedOn}::date, ${userId}, ${userId})
    returning id`);
  if (!row) throw new Error('insertAction: no id returned');
  return row.id;
}

/** Applies the fields when the stored version is still `version`; false when someone changed it first. */
export async function updateAction(
  db: Executor,
  id: number,
  version: number,
  a: ActionFields,
  userId: number,
): Promise<boolean> {
  const rows = await db.all<{ id: number }>(sql`update tasking_action set agency_code = ${a.agency},
      assignee = ${a.assignee}, kind = ${a.kind}, description = ${a.description},
      due_date = ${a.dueDate}::date, status = ${a.status}, completed_on = ${a.completedOn}::date,
      updated_by = ${userId}, updated_at = current_timestamp, version = version + 1
    where id = ${id} and version = ${version} returning id`);
  return rows.length > 0;
}

/** Actions with their problem's title and names, ordered by due date. */
export async function actionRows(db: Executor, s: ActionSelection): Promise<ActionRow[]> {
  const open = sql`a.status in ('planned', 'in_progress')`;
  return db.all<ActionRow>(sql`select a.id, a.problem_id, p.title as problem_title, a.agency_code,
      ag.name as agency_name, a.assignee, a.kind, a.description, a.due_date::varchar as due_date, a.status,
      a.completed_on::varchar as completed_on, u.username as created_by,
      strftime(a.created_at, '%Y-%m-%dT%H:%M:%SZ') as created_at, a.version
    from tasking_action a
      join problem p on p.id = a.problem_id
      left join agency ag on ag.code = a.agency_code
      left join app_user u on u.id = a.created_by
    where (${s.id ?? null}::integer is null or a.id = ${s.id ?? null})
      and (${s.problemId ?? null}::integer is null or a.problem_id = ${s.problemId ?? null})
      and (${s.agency ?? null}::varchar is null or a.agency_code = ${s.agency ?? null})
      and (not ${s.openOnly ?? false} or ${open})
      and (${s.overdueBefore ?? null}::date is null
        or (${open} and a.due_date < ${s.overdueBefore ?? null}::date))
    order by a.due_date, a.id`);
}

export interface ActionUpdateRow {
  [k: string]: unknown;
  id: number;
  action_id: number;
  text: string;
  by: string | null;
  at: string;
}

export async function insertActionUpdate(
  db: Executor,
  actionId: number,
  text: string,
  userId: number,
): Promise<void> {
  await db.run(sql`insert into action_update (action_id, text, created_by)
    values (${actionId}, ${text}, ${userId})`);
}

/** The update log of the given actions, oldest first. */
export async function actionUpdateRows(
  db: Executor,
  actionIds: readonly number[],
): Promise<ActionUpdateRow[]> {
  if (actionIds.length === 0) return [];
  return db.all<ActionUpdateRow>(sql`select d.id, d.action_id, d.text, u.username as by,
      strftime(d.created_at, '%Y-%m-%dT%H:%M:%SZ') as at
    from action_update d left join app_user u on u.id = d.created_by
    where list_contains(${listOf(actionIds)}, d.action_id)
    order by d.created_at, d.id`);
}

const listOf = (ids: readonly number[]) => sql`${listValue([...ids])}::integer[]`;
