import type { Db } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import { DEFAULT_LINK } from '../../ingest/ingest-options.ts';
import { linkIncidents } from '../../ingest/linking/link-incidents.ts';
import { bumpDataVersion } from '../../queries/meta.ts';
import { recountBatchRollup } from '../../queries/contact-rollup.ts';
import {
  countExpired,
  deleteExpired,
  expiredBatchIds,
  type PurgeCounts,
} from '../../queries/retention-purge.ts';
import { recordAudit } from '../audit/record-audit.ts';

export interface PurgeResult {
  asOf: string;
  agencies: PurgeCounts[];
  /** Contacts of other agencies whose incident lost a report and were linked again. */
  relinked: number;
  dryRun: boolean;
}

const n = (x: number) => x.toLocaleString('en-GB');

/** One line per agency for the audit row and the command's output. */
export const purgeLine = (c: PurgeCounts): string =>
  `${c.agency}: ${n(c.contacts)} contacts received before ${c.cutoff} (personal ${n(c.personal)}, area rows ${n(c.areas)}, linked ${n(c.links)})`;

/**
 * Removes every contact older than its agency's retention, with its personal fields and area rows, and
 * relinks the reports it shared incidents with, in one transaction that also writes the audit row.
 * A dry run only counts. asOf is the UTC day the retention is measured from.
 */
export async function purgeExpired(db: Db, opts: { asOf: string; dryRun: boolean }): Promise<PurgeResult> {
  const { asOf, dryRun } = opts;
  if (dryRun) return { asOf, agencies: await countExpired(db, asOf), relinked: 0, dryRun };
  return db.transaction(async (tx) => {
    const agencies = await countExpired(tx, asOf);
    const survivors = 'purge_survivors';
    const table = { text: survivors, params: [] };
    const batches = await expiredBatchIds(tx, asOf);
    await deleteExpired(tx, asOf, survivors);
    await recountBatchRollup(tx, batches);
    const [s] = await tx.all<{ n: number }>(sql`select count(*)::double as n from ${table}`);
    const relinked = s?.n ?? 0;
    if (relinked > 0) await linkIncidents(tx, sql`c.id in (select id from ${table})`, DEFAULT_LINK, 'purge');
    await tx.run(sql`drop table ${table}`);
    await bumpDataVersion(tx, { rollupKept: true });
    const lines = agencies.length ? agencies.map(purgeLine).join('; ') : 'no agency has a retention period';
    await recordAudit(
      tx,
      {},
      'purge',
      `command line: purge as of ${asOf}: ${lines}; ${n(relinked)} other reports relinked`,
    );
    return { asOf, agencies, relinked, dryRun };
  });
}
