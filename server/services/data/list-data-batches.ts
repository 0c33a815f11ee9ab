import path from 'node:path';
import type { BatchList } from '../../contract/data.ts';
import type { Executor } from '../../db/database.ts';
import { listDataBatches } from '../../queries/data-quality-batch-list.ts';

/** Every batch for the Data page: its file, format, agencies, who loaded it, when, and its counts. */
export async function getDataBatches(db: Executor): Promise<BatchList> {
  const rows = await listDataBatches(db);
  return {
    batches: rows.map((b) => ({
      id: b.id,
      // The CLI records the path it was given; the page needs only the name.
      fileName: b.file_name === null ? null : path.basename(b.file_name),
      format: b.format ?? b.source,
      profile: b.profile,
      agencies: b.agencies ? b.agencies.split(',') : [],
      loadedBy: b.loaded_by,
      loadedAt: b.loaded_at,
      onError: b.on_error,
      counts: {
        read: b.rows_read,
        loaded: b.rows_loaded,
        rejected: b.rows_rejected,
        duplicates: b.rows_duplicate,
        outOfArea: b.rows_out_of_area,
        notGeocoded: b.rows_not_geocoded,
        other: b.rows_other,
        linked: b.rows_linked,
      },
    })),
  };
}
