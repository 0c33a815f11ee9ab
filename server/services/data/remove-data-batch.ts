import type { RemovedBatchDto } from '../../contract/data.ts';
import type { Db } from '../../db/database.ts';
import { removeBatch } from '../../ingest/remove-batch.ts';
import { writeLane } from './write-lane.ts';

/** Removes a batch and everything it loaded, after any load in progress (one writer at a time). */
export async function removeDataBatch(db: Db, id: number): Promise<RemovedBatchDto> {
  const r = await writeLane(db)(() => removeBatch(db, id));
  return {
    id,
    contacts: r.removed.contacts,
    rejects: r.removed.rejects,
    crimes: r.removed.crimes,
    relinked: r.relinked,
  };
}
