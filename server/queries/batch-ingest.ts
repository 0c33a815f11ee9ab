import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface StoredBatch {
  [k: string]: unknown;
  id: number;
  file_name: string | null;
  loaded_by: string | null;
  loaded_at: string;
}

/** The batch that loaded a file with this content (sha256), if any. */
export async function findBatchByHash(db: Executor, contentHash: string): Promise<StoredBatch | null> {
  const rows =
    await db.all<StoredBatch>(sql`select id, file_name, loaded_by, strftime(loaded_at, '%Y-%m-%d %H:%M') as loaded_at
    from batch where content_hash = ${contentHash}`);
  return rows[0] ?? null;
}

/** Opens an ingest batch inside the load's transaction; closeIngestBatch sets its hash and counts. */
export async function openIngestBatch(
  tx: Executor,
  b: { format: string; profile: string | null; fileName: string; loadedBy: string | null; onError: string },
): Promise<number> {
  const rows = await tx.all<{ id: number }>(sql`insert into batch
      (source, format, profile, file_name, loaded_by, on_error)
    values (${b.format}, ${b.format}, ${b.profile}, ${b.fileName}, ${b.loadedBy}, ${b.onError})
    returning id`);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('insert batch returned no id');
  return id;
}

export interface IngestCounts {
  /** Data rows in the file (header excluded), including rows the CSV reader could not split. */
  read: number;
  loaded: number;
  rejected: number;
  duplicates: number;
  outOfArea: number;
  notGeocoded: number;
  /** police.uk rows that are not ASB, stored in police_crime. */
  other: number;
  /** Loaded contacts that were linked to a report of the same incident by another agency. */
  linked: number;
}

export async function closeIngestBatch(
  tx: Executor,
  id: number,
  b: { contentHash: string; counts: IngestCounts; report: string },
): Promise<void> {
  const c = b.counts;
  await tx.run(sql`update batch set content_hash = ${b.contentHash}, rows_read = ${c.read},
      rows_loaded = ${c.loaded}, rows_rejected = ${c.rejected}, rows_duplicate = ${c.duplicates},
      rows_out_of_area = ${c.outOfArea}, rows_not_geocoded = ${c.notGeocoded}, rows_other = ${c.other},
      rows_linked = ${c.linked}, report = ${b.report}::json
    where id = ${id}`);
}
