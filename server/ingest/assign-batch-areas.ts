import type { Executor } from '../db/database.ts';
import type { Sql } from '../db/sql.ts';
import { assignAreas, type AssignCounts } from '../geo/assign-areas.ts';

/**
 * Fills the missing coordinate pair, contact_area and contact.out_of_area for one batch's contacts,
 * inside the load's transaction (part 1 of the ingest issue owns the geography). `rows`: the batch's
 * contacts as a committed relation, coordinates filled (AssignScope).
 */
export function assignBatchAreas(tx: Executor, batchId: number, rows?: Sql): Promise<AssignCounts> {
  return assignAreas(tx, rows ? { batchId, fresh: true, rows } : { batchId, fresh: true });
}
