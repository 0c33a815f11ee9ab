import type { Db } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import { DEFAULT_LINK, type LinkThresholds } from '../../ingest/ingest-options.ts';
import { linkBatch } from '../../ingest/linking/link-incidents.ts';
import { bumpDataVersion } from '../../queries/meta.ts';

/**
 * Links a generated batch's reports of one incident to different agencies, exactly as ingest links a
 * loaded file (server/ingest/linking), and records how many were linked on the batch.
 */
export async function linkGeneratedBatch(
  db: Db,
  batchId: number,
  link: LinkThresholds = DEFAULT_LINK,
): Promise<number> {
  return db.transaction(async (tx) => {
    const linked = await linkBatch(tx, batchId, link, `generated_${batchId}`);
    await tx.run(sql`update batch set rows_linked = ${linked} where id = ${batchId}`);
    await bumpDataVersion(tx, { rollupKept: true });
    return linked;
  });
}
