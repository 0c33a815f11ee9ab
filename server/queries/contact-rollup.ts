import { listValue } from '@duckdb/node-api';
import { Db, type Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { BASE_LAYER_ID } from './hidden-layers.ts';

/** Rows of contact_rollup for the contacts `where` picks (a condition on `contact c`). */
function rollupOf(where: Sql): Sql {
  return sql`insert into contact_rollup
    select c.batch_id, date_trunc('month', c.received_on)::date, c.category, c.agency_code,
      coalesce(t.combo, chr(30)), count(*)::integer,
      (count(*) filter (where c.time_precision = 'month'))::integer
    from contact c left join (
      select contact_id,
        chr(30) || array_to_string(list_sort(list(distinct layer_id || chr(31) || area_code)), chr(30)) || chr(30) as combo
      from contact_area
      where ${BASE_LAYER_ID} and contact_id in (select c.id from contact c where ${where})
      group by contact_id
    ) t on t.contact_id = c.id
    where ${where}
    group by all`;
}

/** Counts a batch just loaded (its contacts and their areas stored). */
export async function addBatchRollup(tx: Executor, batchId: number): Promise<void> {
  await tx.run(rollupOf(sql`c.batch_id = ${batchId}`));
}

/** Counts the batches again, after some of their contacts went (a purge); a batch with none left has no rows. */
export async function recountBatchRollup(tx: Executor, batchIds: readonly number[]): Promise<void> {
  if (batchIds.length === 0) return;
  const ids = sql`${listValue(batchIds.map((id) => BigInt(id)))}::bigint[]`;
  await tx.run(sql`delete from contact_rollup where list_contains(${ids}, batch_id::bigint)`);
  await tx.run(rollupOf(sql`list_contains(${ids}, c.batch_id::bigint)`));
}

export async function removeBatchRollup(tx: Executor, batchId: number): Promise<void> {
  await tx.run(sql`delete from contact_rollup where batch_id = ${batchId}`);
}

/** Counts every contact again (a base layer came or went, so every contact's areas may have changed). */
export async function rebuildRollup(tx: Executor): Promise<void> {
  await tx.run(sql`delete from contact_rollup`);
  await tx.run(rollupOf(sql`true`));
  await tx.run(sql`insert or replace into app_meta
    select 'rollup_version', value from app_meta where key = 'data_version'`);
}

/** True while the rollup counts every contact as stored (its version is the data's). */
export async function rollupCurrent(db: Executor): Promise<boolean> {
  const [row] = await db.all<{ current: boolean }>(sql`select coalesce(
      (select value from app_meta where key = 'rollup_version') =
      (select value from app_meta where key = 'data_version'), false) as current`);
  return row?.current ?? false;
}

const known = new WeakMap<Db, { changes: number; current: Promise<boolean> }>();

/** rollupCurrent, remembered on a Db until its next committed change (a transaction asks every time). */
export function rollupReady(db: Executor): Promise<boolean> {
  if (!(db instanceof Db)) return rollupCurrent(db);
  const kept = known.get(db);
  if (kept && kept.changes === db.changes) return kept.current;
  const current = rollupCurrent(db);
  known.set(db, { changes: db.changes, current });
  current.catch(() => known.delete(db));
  return current;
}
