import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { BatchRow } from './batch-list.ts';

export interface DataBatchRow extends BatchRow {
  format: string | null;
  on_error: string | null;
  /** Agency codes of the batch's contacts, comma-separated. */
  agencies: string | null;
}

/** Every batch, newest first, with the agencies whose contacts it holds. */
export async function listDataBatches(db: Executor): Promise<DataBatchRow[]> {
  return db.all<DataBatchRow>(sql`with held as (
      select batch_id, string_agg(distinct agency_code, ',' order by agency_code) as agencies
      from contact group by batch_id)
    select b.id, b.source, b.format, b.profile, b.file_name, b.content_hash, b.loaded_by, b.on_error,
      strftime(b.loaded_at, '%Y-%m-%d %H:%M:%S') as loaded_at, b.rows_read, b.rows_loaded, b.rows_rejected,
      b.rows_duplicate, b.rows_out_of_area, coalesce(b.rows_not_geocoded, 0) as rows_not_geocoded,
      coalesce(b.rows_other, 0) as rows_other, coalesce(b.rows_linked, 0) as rows_linked, h.agencies
    from batch b left join held h on h.batch_id = b.id
    order by b.id desc`);
}

/** An upload is stored under its own name, not the temporary path it was loaded from. */
export async function nameBatchFile(db: Executor, id: number, fileName: string): Promise<void> {
  await db.run(sql`update batch set file_name = ${fileName} where id = ${id}`);
}

export interface BatchRejectRow {
  [k: string]: unknown;
  line: number | null;
  column_name: string | null;
  value: string | null;
  reason: string;
}

/** The rows a set-aside load kept apart, in line order. */
export async function listBatchRejects(db: Executor, id: number): Promise<BatchRejectRow[]> {
  return db.all<BatchRejectRow>(sql`select line::double as line, column_name, value, reason
    from batch_reject where batch_id = ${id} order by line nulls first, column_name`);
}
