import { listValue } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { RECEIVED } from './board-service-counts.ts';

/**
 * Copies into service_open the contacts of `batches` (a condition on a batch_id column) that can be
 * open at a month's end (see migration 013), in date order so a period's end reads few blocks.
 */
function copy(batches: (column: Sql) => Sql): Sql {
  return sql`insert into service_open
    select c.batch_id, c.id, c.received_on, ${RECEIVED}, c.resolved_at, c.category, c.agency_code,
      c.sla_target_hours
    from contact c
    where ${batches(sql`c.batch_id`)} and c.time_precision <> 'month'
      and (c.resolved_at >= date_trunc('month', c.received_on) + interval 1 month
        or (c.resolved_at is null and c.status in ('open', 'in_progress')))
    order by c.received_on`;
}

/** Copies a batch just loaded. */
export async function addServiceRollup(tx: Executor, batchId: number): Promise<void> {
  await tx.run(copy((column) => sql`${column} = ${batchId}`));
}

/** Copies the batches again, after some of their contacts went (a purge). */
export async function recountServiceRollup(tx: Executor, batchIds: readonly number[]): Promise<void> {
  if (batchIds.length === 0) return;
  const ids = sql`${listValue(batchIds.map((id) => BigInt(id)))}::bigint[]`;
  const batches = (column: Sql) => sql`list_contains(${ids}, ${column}::bigint)`;
  await tx.run(sql`delete from service_open where ${batches(sql`batch_id`)}`);
  await tx.run(copy(batches));
}

export async function removeServiceRollup(tx: Executor, batchId: number): Promise<void> {
  await tx.run(sql`delete from service_open where batch_id = ${batchId}`);
}

/** Copies every contact again; the slice size of rebuildRollup does not matter to a plain copy. */
export async function rebuildServiceRollup(tx: Executor): Promise<void> {
  await tx.run(sql`delete from service_open`);
  await tx.run(copy(() => sql`true`));
}
