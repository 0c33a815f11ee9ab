import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface NewChange {
  problemId: number;
  entity: 'problem' | 'action';
  entityId: number;
  change: 'created' | 'updated' | 'update_added' | 'evaluated';
  fields: readonly FieldChange[];
  userId: number;
}

export interface ChangeRow {
  [k: string]: unknown;
  at: string;
  by: string | null;
  entity: string;
  entity_id: number;
  change: string;
  fields: string;
}

export async function insertChange(db: Executor, c: NewChange): Promise<void> {
  await db.run(sql`insert into tasking_change (problem_id, entity, entity_id, change, fields, changed_by)
    values (${c.problemId}, ${c.entity}, ${c.entityId}, ${c.change}, ${JSON.stringify(c.fields)},
      ${c.userId})`);
}

/** Every kept change of a problem and its actions, newest first. */
export async function changeRows(db: Executor, problemId: number): Promise<ChangeRow[]> {
  return db.all<ChangeRow>(sql`select strftime(t.changed_at, '%Y-%m-%dT%H:%M:%SZ') as at,
      u.username as by, t.entity, t.entity_id, t.change, t.fields::varchar as fields
    from tasking_change t left join app_user u on u.id = t.changed_by
    where t.problem_id = ${problemId}
    order by t.changed_at desc, t.id desc`);
}
