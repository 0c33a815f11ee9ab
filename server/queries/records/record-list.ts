import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import {
  RECORD_COLUMNS,
  RECORD_FROM,
  recordOrder,
  recordWhere,
  type RecordDbRow,
  type RecordSelection,
} from './record-columns.ts';

/** One page of records in the chosen order: DuckDB limits and offsets, the table is never read whole into JS. */
export async function recordPage(
  db: Executor,
  s: RecordSelection,
  page: { offset: number; limit: number },
): Promise<RecordDbRow[]> {
  return db.all<RecordDbRow>(sql`select ${RECORD_COLUMNS} from ${RECORD_FROM} where ${recordWhere(s)}
    order by ${recordOrder(s)} limit ${page.limit} offset ${page.offset}`);
}

export async function recordCount(db: Executor, s: RecordSelection): Promise<number> {
  const [row] = await db.all<{ n: number }>(
    sql`select count(*)::integer as n from contact c where ${recordWhere(s)}`,
  );
  return row?.n ?? 0;
}
