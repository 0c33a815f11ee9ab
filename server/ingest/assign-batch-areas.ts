import type { Executor } from '../db/database.ts';
import { assignAreas, type AssignCounts } from '../geo/assign-areas.ts';

/**
 * Fills the missing coordinate pair, contact_area and contact.out_of_area for one batch's contacts,
 * inside the load's transaction (part 1 of the ingest issue owns the geography).
 */
export function assignBatchAreas(tx: Executor, batchId: number): Promise<AssignCounts> {
  return assignAreas(tx, { batchId, fresh: true });
}
