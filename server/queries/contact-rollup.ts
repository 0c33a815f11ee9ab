import { listValue } from '@duckdb/node-api';
import { Db, type Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
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

// Contacts per statement. The common case groups by hash and can spill; the rare contact with two areas in
// one layer is counted with a list aggregate that cannot, so the work still goes in (large) slices.
const SLICE = 10_000_000;

const code = (text: string): Sql => ({ text, params: [] });
const column = (i: number): Sql => code(`a${i}`);

/** The base layers, in the order their tags sort in a combo (`layer<US>code`: US sorts before any name's letter). */
async function baseLayers(tx: Executor): Promise<string[]> {
  const rows = await tx.all<{ id: string }>(
    sql`select l.id from boundary_layer l where ${BASE_LAYER_L} order by l.id`,
  );
  return rows.map((r) => r.id);
}

/**
 * Rows of contact_rollup for the contacts of `batches` (a condition on a batch_id column) with ids lo..hi
 * that lie in at most one area of each base layer (every contact, as areas are assigned): each contact's
 * area per layer by a filtered aggregate, the combo built once per group rather than once per contact.
 */
function rollupOf(layers: readonly string[], batches: (column: Sql) => Sql, lo: number, hi: number): Sql {
  const codes = layers.map((id, i) => sql`, max(area_code) filter (where layer_id = ${id}) as ${column(i)}`);
  const present = join([sql`0`, ...layers.map((_, i) => sql`(t.${column(i)} is not null)::integer`)], ' + ');
  const tags = layers.map((id, i) => sql`${id} || chr(31) || ${column(i)}`);
  const combo = layers.length
    ? sql`chr(30) || coalesce(nullif(concat_ws(chr(30), ${join(tags, ', ')}), '') || chr(30), '')`
    : sql`chr(30)`;
  return sql`insert into contact_rollup
    select batch_id, month, category, agency_code, ${combo}, contacts, month_only from (
      select c.batch_id, date_trunc('month', c.received_on)::date as month, c.category, c.agency_code
        ${join(
          layers.map((_, i) => sql`, t.${column(i)}`),
          '',
        )}, count(*)::integer as contacts,
        (count(*) filter (where c.time_precision = 'month'))::integer as month_only
      from contact c left join (
        select contact_id ${join(codes, '')}, count(*) as rows
        from contact_area
        where ${BASE_LAYER_ID} and contact_id between ${lo} and ${hi}
        group by contact_id
      ) t on t.contact_id = c.id
      where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi} and (t.rows is null or t.rows = ${present})
      group by all)`;
}

/** The same for the other contacts of lo..hi (two areas in one layer, or areas of a layer no longer listed). */
function rollupOfSeveral(
  layers: readonly string[],
  batches: (column: Sql) => Sql,
  lo: number,
  hi: number,
): Sql {
  const listed = layers.length
    ? sql`count(distinct layer_id) filter (where layer_id in (${join(
        layers.map((id) => sql`${id}`),
        ', ',
      )}))`
    : sql`0`;
  return sql`insert into contact_rollup
    select c.batch_id, date_trunc('month', c.received_on)::date, c.category, c.agency_code, t.combo,
      count(*)::integer, (count(*) filter (where c.time_precision = 'month'))::integer
    from contact c join (
      select contact_id,
        chr(30) || array_to_string(list_sort(list(distinct layer_id || chr(31) || area_code)), chr(30)) || chr(30) as combo
      from contact_area
      where ${BASE_LAYER_ID} and contact_id between ${lo} and ${hi}
      group by contact_id
      having count(*) > ${listed}
    ) t on t.contact_id = c.id
    where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi}
    group by all`;
}

/** Contacts of `batches` counted in the rollup, and stored. */
async function tally(tx: Executor, batches: (column: Sql) => Sql, lo: number, hi: number) {
  const [r] = await tx.all<{ counted: number; stored: number }>(sql`select
      (select coalesce(sum(contacts), 0) from contact_rollup where ${batches(sql`batch_id`)})::double as counted,
      (select count(*) from contact c where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi})::double as stored`);
  return { counted: r?.counted ?? 0, stored: r?.stored ?? 0 };
}

/** Counts the contacts of `batches` slice by slice, then merges the slices' rows of one key into one. */
async function count(tx: Executor, batches: (column: Sql) => Sql, slice = SLICE): Promise<void> {
  const [range] = await tx.all<{ lo: number | null; hi: number | null }>(sql`select min(c.id)::double as lo,
      max(c.id)::double as hi from contact c where ${batches(sql`c.batch_id`)}`);
  if (range?.lo == null || range.hi == null) return;
  const layers = await baseLayers(tx);
  for (let lo = range.lo; lo <= range.hi; lo += slice) {
    const hi = lo + slice - 1;
    const before = await tally(tx, batches, lo, hi);
    await tx.run(rollupOf(layers, batches, lo, hi));
    const after = await tally(tx, batches, lo, hi);
    if (after.counted - before.counted < after.stored) await tx.run(rollupOfSeveral(layers, batches, lo, hi));
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
