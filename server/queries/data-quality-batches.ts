import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface UnmappedRow {
  [k: string]: unknown;
  batch_id: number;
  file_name: string | null;
  column_name: string;
  value: string;
  rows: number;
}

const UNMAPPED = '[{"column":"VARCHAR","value":"VARCHAR","rows":"DOUBLE"}]';

/** Source values a mapping profile did not map, per batch, from the reports the batches stored. */
export async function unmappedValues(db: Executor): Promise<UnmappedRow[]> {
  return db.all<UnmappedRow>(sql`with u as (
      select id, file_name, unnest(from_json(report -> 'unmapped', ${UNMAPPED})) as u
      from batch where report is not null and json_array_length(report -> 'unmapped') > 0)
    select id as batch_id, file_name, u.column as column_name, u.value as value, u.rows::double as rows
    from u order by batch_id desc, rows desc, value`);
}

export interface RejectsRow {
  [k: string]: unknown;
  batch_id: number;
  file_name: string | null;
  rows_read: number;
  rows_rejected: number;
  set_aside: number;
}

/** Rows each batch refused, and how many problems it kept (set-aside loads keep them in batch_reject). */
export async function rejectsPerBatch(db: Executor): Promise<RejectsRow[]> {
  return db.all<RejectsRow>(sql`with kept as (select batch_id, count(*)::double as n from batch_reject group by all)
    select b.id as batch_id, b.file_name, b.rows_read::double as rows_read,
      b.rows_rejected::double as rows_rejected, coalesce(k.n, 0)::double as set_aside
    from batch b left join kept k on k.batch_id = b.id order by b.id desc`);
}
