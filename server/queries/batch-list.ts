import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface BatchRow {
  [k: string]: unknown;
  id: number;
  source: string;
  profile: string | null;
  file_name: string | null;
  content_hash: string | null;
  loaded_by: string | null;
  loaded_at: string;
  rows_read: number;
  rows_loaded: number;
  rows_rejected: number;
  rows_duplicate: number;
  rows_out_of_area: number;
  rows_not_geocoded: number;
  rows_other: number;
  rows_linked: number;
}

const BATCH_COLUMNS = sql`id, source, profile, file_name, content_hash, loaded_by,
  strftime(loaded_at, '%Y-%m-%d %H:%M:%S') as loaded_at, rows_read, rows_loaded, rows_rejected,
  rows_duplicate, rows_out_of_area, coalesce(rows_not_geocoded, 0) as rows_not_geocoded,
  coalesce(rows_other, 0) as rows_other, coalesce(rows_linked, 0) as rows_linked`;

/** Every load batch, newest first, with what it read and stored. */
export async function listBatches(db: Executor): Promise<BatchRow[]> {
  return db.all<BatchRow>(sql`select ${BATCH_COLUMNS} from batch order by id desc`);
}

export async function findBatch(db: Executor, id: number): Promise<BatchRow | null> {
  const rows = await db.all<BatchRow>(sql`select ${BATCH_COLUMNS} from batch where id = ${id}`);
  return rows[0] ?? null;
}
