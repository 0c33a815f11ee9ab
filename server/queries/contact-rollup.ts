import { listValue } from '@duckdb/node-api';
import { Db, type Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
import { rollupJoined, rollupOf, rollupOfSeveral } from './contact-rollup-rows.ts';
import { BASE_LAYER_ID, BASE_LAYER_L } from './hidden-layers.ts';
import {
  addServiceRollup,
  rebuildServiceRollup,
  recountServiceRollup,
  removeServiceRollup,
} from './service-rollup.ts';
import {
  addHourWeekRollup,
  rebuildHourWeekRollup,
  recountHourWeekRollup,
  removeHourWeekRollup,
} from './hour-week-rollup.ts';

// Contacts per statement. The common case joins and groups by hash and can spill; the rare contact with two
// areas in one layer is counted with a list aggregate that cannot, so the work still goes in (large) slices.
const SLICE = 10_000_000;

/** The base layers, in the order their tags sort in a combo (`layer<US>code`: US sorts before any name's letter). */
async function baseLayers(tx: Executor): Promise<string[]> {
  const rows = await tx.all<{ id: string }>(
    sql`select l.id from boundary_layer l where ${BASE_LAYER_L} order by l.id`,
  );
  return rows.map((r) => r.id);
}

/** Contacts of `batches` counted in the rollup, and stored. */
async function tally(tx: Executor, batches: (column: Sql) => Sql, lo: number, hi: number) {
  const [r] = await tx.all<{ counted: number; stored: number }>(sql`select
      (select coalesce(sum(contacts), 0) from contact_rollup where ${batches(sql`batch_id`)})::double as counted,
      (select count(*) from contact c where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi})::double as stored`);
  return { counted: r?.counted ?? 0, stored: r?.stored ?? 0 };
}

/** True when a contact of lo..hi has areas of a base layer not listed in `layers`. */
async function unlistedAreas(tx: Executor, layers: readonly string[], lo: number, hi: number) {
  const listed = join(
    layers.map((id) => sql` and layer_id <> ${id}`),
    '',
  );
  const [r] = await tx.all<{ found: boolean }>(sql`select exists (select 1 from contact_area
      where ${BASE_LAYER_ID}${listed} and contact_id between ${lo} and ${hi}) as found`);
  return r?.found ?? false;
}

/** Runs a statement counting lo..hi into the rollup: the contacts it added there, and those stored. */
async function countBy(tx: Executor, statement: Sql, batches: (column: Sql) => Sql, lo: number, hi: number) {
  const before = await tally(tx, batches, lo, hi);
  await tx.run(statement);
  const after = await tally(tx, batches, lo, hi);
  return { added: after.counted - before.counted, stored: after.stored };
}

/** Counts lo..hi by rollupJoined; false when it counted a contact twice (two areas in one layer). */
async function countJoined(
  tx: Executor,
  layers: readonly string[],
  batches: (column: Sql) => Sql,
  lo: number,
  hi: number,
) {
  const r = await countBy(tx, rollupJoined(layers, batches, lo, hi), batches, lo, hi);
  return r.added === r.stored;
}

/** Counts lo..hi whatever its contacts' areas: rollupOf, then rollupOfSeveral for the contacts it left. */
async function countGrouped(
  tx: Executor,
  layers: readonly string[],
  batches: (column: Sql) => Sql,
  lo: number,
  hi: number,
) {
  const r = await countBy(tx, rollupOf(layers, batches, lo, hi), batches, lo, hi);
  if (r.added < r.stored) await tx.run(rollupOfSeveral(layers, batches, lo, hi));
}

/**
 * Counts the contacts of `batches` (none counted yet) slice by slice, by joins unless some contact does not
 * fit them (then its batches are counted again by grouping), and merges the slices' rows of one key into one.
 */
async function count(tx: Executor, batches: (column: Sql) => Sql, slice = SLICE): Promise<void> {
  const [range] = await tx.all<{ lo: number | null; hi: number | null }>(sql`select min(c.id)::double as lo,
      max(c.id)::double as hi from contact c where ${batches(sql`c.batch_id`)}`);
  if (range?.lo == null || range.hi == null) return;
  const layers = await baseLayers(tx);
  let joined = !(await unlistedAreas(tx, layers, range.lo, range.hi));
  for (let lo = range.lo; joined && lo <= range.hi; lo += slice)
    joined = await countJoined(tx, layers, batches, lo, lo + slice - 1);
  if (!joined) {
    await tx.run(sql`delete from contact_rollup where ${batches(sql`batch_id`)}`);
    for (let lo = range.lo; lo <= range.hi; lo += slice)
      await countGrouped(tx, layers, batches, lo, lo + slice - 1);
  }
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
  await addServiceRollup(tx, batchId);
  await addHourWeekRollup(tx, batchId);
}

/** Counts the batches again, after some of their contacts went (a purge); a batch with none left has no rows. */
export async function recountBatchRollup(tx: Executor, batchIds: readonly number[]): Promise<void> {
  if (batchIds.length === 0) return;
  const ids = sql`${listValue(batchIds.map((id) => BigInt(id)))}::bigint[]`;
  const batches = (column: Sql) => sql`list_contains(${ids}, ${column}::bigint)`;
  await tx.run(sql`delete from contact_rollup where ${batches(sql`batch_id`)}`);
  await count(tx, batches);
  await recountServiceRollup(tx, batchIds);
  await recountHourWeekRollup(tx, batchIds);
}

export async function removeBatchRollup(tx: Executor, batchId: number): Promise<void> {
  await tx.run(sql`delete from contact_rollup where batch_id = ${batchId}`);
  await removeServiceRollup(tx, batchId);
  await removeHourWeekRollup(tx, batchId);
}

/**
 * Counts every contact again (a base layer came or went, so every contact's areas may have changed).
 * `slice`: contacts per statement (tests make it small to check the slices add up).
 */
export async function rebuildRollup(tx: Executor, slice = SLICE): Promise<void> {
  await tx.run(sql`delete from contact_rollup`);
  await count(tx, () => sql`true`, slice);
  await rebuildServiceRollup(tx);
  await rebuildHourWeekRollup(tx);
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
