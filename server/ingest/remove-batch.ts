import type { Db } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../errors.ts';
import { findBatch, type BatchRow } from '../queries/batch-list.ts';
import { deleteBatch, type RemovedCounts } from '../queries/batch-remove.ts';
import { removeBatchRollup } from '../queries/contact-rollup.ts';
import { bumpDataVersion } from '../queries/meta.ts';
import { DEFAULT_LINK, type LinkThresholds } from './ingest-options.ts';
import { linkIncidents } from './linking/link-incidents.ts';

export interface RemovedBatch {
  batch: BatchRow;
  removed: RemovedCounts;
  /** Contacts of other batches whose incident lost a report and were linked again. */
  relinked: number;
}

/**
 * Removes a batch and everything it loaded in one transaction, relinks the reports it shared incidents
 * with, and bumps the data version.
 */
export async function removeBatch(
  db: Db,
  id: number,
  link: LinkThresholds = DEFAULT_LINK,
): Promise<RemovedBatch> {
  return db.transaction(async (tx) => {
    const batch = await findBatch(tx, id);
    if (!batch) throw notFound(`Batch ${id}`);
    const survivors = `batch_rm_${id}_survivors`;
    const removed = await deleteBatch(tx, id, survivors);
    const [n] = await tx.all<{ n: number }>(
      sql`select count(*)::double as n from ${{ text: survivors, params: [] }}`,
    );
    const inSurvivors = sql`c.id in (select id from ${{ text: survivors, params: [] }})`;
    if ((n?.n ?? 0) > 0) await linkIncidents(tx, inSurvivors, link, `batch_rm_${id}`);
    await tx.run(sql`drop table ${{ text: survivors, params: [] }}`);
    await removeBatchRollup(tx, id);
    await bumpDataVersion(tx, { rollupKept: true });
    return { batch, removed, relinked: n?.n ?? 0 };
  });
}
