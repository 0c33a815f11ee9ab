import { listValue } from '@duckdb/node-api';
import { Db, type Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { BASE_LAYER_ID } from './hidden-layers.ts';

// Contacts per statement: each contact's combo is a list aggregate DuckDB cannot spill to disk, so the
// work goes in slices that fit the memory limit at any scale (about 200 MB a slice).
const SLICE = 1_000_000;

/** Rows of contact_rollup for the contacts of `batches` (a condition on a batch_id column) with ids lo..hi. */
function rollupOf(batches: (column: Sql) => Sql, lo: number, hi: number): Sql {
  return sql`insert into contact_rollup
    select c.batch_id, date_trunc('month', c.received_on)::date, c.category, c.agency_code,
      coalesce(t.combo, chr(30)), count(*)::integer,
      (count(*) filter (where c.time_precision = 'month'))::integer
    from contact c left join (
      select contact_id,
        chr(30) || array_to_string(list_sort(list(distinct layer_id || chr(31) || area_code)), chr(30)) || chr(30) as combo
      from contact_area
      where ${BASE_LAYER_ID} and contact_id between ${lo} and ${hi}
      group by contact_id
    ) t on t.contact_id = c.id
    where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi}
    group by all`;
}

/** Counts the contacts of `batches` slice by slice, then merges the slices' rows of one key into one. */
async function count(tx: Executor, batches: (column: Sql) => Sql, slice = SLICE): Promise<void> {
  const [range] = await tx.all<{ lo: number | null; hi: number | null }>(sql`select min(c.id)::double as lo,
      max(c.id)::double as hi from contact c where ${batches(sql`c.batch_id`)}`);
  if (range?.lo == null || range.hi == null) return;
  for (let lo = range.lo; lo <= range.hi; lo += slice) await tx.run(rollupOf(batches, lo, lo + slice - 1));
  if (range.hi - range.lo < slice) return;
  await tx.run(sql`create or replace temp table rollup_merged as
    select batch_id, month, category, agency_code, combo, sum(contacts)::integer as contacts,
      sum(month_only)::integer as month_only
    from contact_rollup where ${batches(sql`batch_id`)} group by all`);
  await tx.run(sql`delete from contact_rollup where ${batches(sql`batch_id`)}`);
  await tx.run(sql`insert into contact_rollup select * from rollup_merged`);
  await tx.run(sql`drop table rollup_merged`);
}

/** Counts a batch just loaded (its contacts and their areas stored). */
export async function addBatchRollup(tx: Executor, batchId: number): Promise<void> {
  await count(tx, (column) => sql`${column} = ${batchId}`);
}

/** Counts the batches again, after some of their contacts went (a purge); a batch with none left has no rows. */
export async function recountBatchRollup(tx: Executor, batchIds: readonly number[]): Promise<void> {
  if (batchIds.length === 0) return;
  const ids = sql`${listValue(batchIds.map((id) => BigInt(id)))}::bigint[]`;
  const batches = (column: Sql) => sql`list_contains(${ids}, ${column}::bigint)`;
  await tx.run(sql`delete from contact_rollup where ${batches(sql`batch_id`)}`);
  await count(tx, batches);
}

export async function removeBatchRollup(tx: Executor, batchId: number): Promise<void> {
  await tx.run(sql`delete from contact_rollup where batch_id = ${batchId}`);
}

/**
 * Counts every contact again (a base layer came or went, so every contact's areas may have changed).
 * `slice`: contacts per statement (tests make it small to check the slices add up).
 */
export async function rebuildRollup(tx: Executor, slice = SLICE): Promise<void> {
  await tx.run(sql`delete from contact_rollup`);
  await count(tx, () => sql`true`, slice);
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
