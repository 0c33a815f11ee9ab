import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

/** Opens a load batch; its counts are set by finishBatch once the rows are in. */
export async function insertBatch(
  db: Executor,
  b: { source: string; fileName: string | null; loadedBy: string | null },
): Promise<number> {
  const rows = await db.all<{ id: number }>(sql`insert into batch (source, file_name, loaded_by)
    values (${b.source}, ${b.fileName}, ${b.loadedBy}) returning id`);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('insert batch returned no id');
  return id;
}

export async function finishBatch(
  db: Executor,
  id: number,
  counts: { rowsRead: number; rowsLoaded: number },
): Promise<void> {
  await db.run(
    sql`update batch set rows_read = ${counts.rowsRead}, rows_loaded = ${counts.rowsLoaded} where id = ${id}`,
  );
}

/** The sources of the stored batches ('demo' for the demo dataset), A to Z. */
export async function batchSources(db: Executor): Promise<string[]> {
  const rows = await db.all<{ source: string }>(sql`select distinct source from batch order by source`);
  return rows.map((r) => r.source);
}
