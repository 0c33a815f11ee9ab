import { listValue } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { HOUR_WEEK_ZONE, hourOffsets, KIND, START_HOUR } from './hour-week-kinds.ts';

/**
 * hour_week_rollup and hour_week_count (migration 014), kept with contact_rollup: the same four steps,
 * called from contact-rollup.ts. Each batch's records spread over the hours of the week in
 * HOUR_WEEK_ZONE, as trend-matrix.ts spreads them, summed by month received, category and agency.
 */
// A group's number: (month since year 0) * PAIRS + category's place * AGENCIES + agency's place, the
// places in the batch's lists of names (more agencies than any batch holds; categories are few).
// Written into the statement, not bound, so the numbers stay integers.
const AGENCIES: Sql = { text: '65536', params: [] };
const PAIRS: Sql = { text: '67108864', params: [] };

/**
 * The weights of the windows and moments of batch `batchId` by group (month received, category, agency)
 * and hour of the week, as trend-matrix.ts computes them for one group (see there), but without whole
 * weeks (counted apart, as every_hour); a moment needs no steps, so it goes straight to its hour. A
 * group is one number `g` while spreading, so the steps group and sort by numbers. Between two hours
 * with points a group's level is the running level of the first (a level is 60 / a window's minutes,
 * over 1/168, or else what is left of adding and taking away the same steps: nothing to keep).
 */
function spread(batchId: number): Sql {
  return sql`insert into hour_week_rollup
    with names as (
      select list(distinct category) as categories, list(distinct agency_code) as agencies
      from contact where batch_id = ${batchId}
    ), matched as materialized (
      select (year(c.received_on) * 12 + month(c.received_on) - 1) * ${PAIRS}
          + (list_position(n.categories, c.category) - 1) * ${AGENCIES} + list_position(n.agencies, c.agency_code) as g,
        ${KIND} as kind, ${START_HOUR} as hour, c.from_at, c.to_at
      from contact c, names n where c.batch_id = ${batchId} and ${KIND} <= 1
    ), starts as (
      select g, hour, count(*)::integer as n from matched where kind = 1 group by all
    ), offsets as (
      ${hourOffsets(HOUR_WEEK_ZONE, sql`matched`)}
    ), moments as (
      select m.g, (((m.hour * 3600000000 + o.offset) // 60000000 + 4320) % 10080) // 60 as k, m.n::double as w
      from starts m join offsets o using (hour)
    ), spans as (
      select g, s, d, d % 10080 as rest, s // 60 as k1, (s + d % 10080 - 1) // 60 as k2 from (
        select w.g, ((epoch_us(w.from_at) + o.offset) // 60000000 + 4320) % 10080 as s,
          round(epoch(w.to_at - w.from_at) / 60)::integer as d
        from matched w join offsets o using (hour) where w.kind = 0
      )
    ), points as (
      select g, s // 60 as k, 1::double as v, 0::double as step from spans where d = 0
      union all
      select g, k1, rest / d, 0 from spans where rest > 0 and k1 = k2
      union all
      select g, k1, ((k1 + 1) * 60 - s) / d, 0 from spans where rest > 0 and k1 < k2
      union all
      select g, k2, (s + rest - k2 * 60) / d, 0 from spans where rest > 0 and k1 < k2
      union all
      select g, k1 + 1, 0, 60 / d from spans where rest > 0 and k2 - k1 >= 2
      union all
      select g, k2, 0, -(60 / d) from spans where rest > 0 and k2 - k1 >= 2
    ), hours as (
      select g, k, sum(v) as v, sum(step) as step from points group by all
    ), runs as (
      select g, k, v, sum(step) over w as level, lead(k, 1, k + 1) over w as next
      from hours window w as (partition by g order by k)
    ), weights as (
      select g, k, v + level as w from runs
      union all
      select g, unnest(range(k + 1, next)), level from runs where next > k + 1 and abs(level) > 1e-9
      union all
      select g, k, w from moments
    ), cells as (
      select g, (k % 168)::utinyint as cell, sum(w) as weight from weights group by all
    )
    select ${batchId}, make_date((c.g // ${PAIRS}) // 12, (c.g // ${PAIRS}) % 12 + 1, 1),
      n.categories[(c.g % ${PAIRS}) // ${AGENCIES} + 1], n.agencies[c.g % ${AGENCIES}],
      c.cell, c.weight
    from cells c, names n order by c.g // ${PAIRS}`;
}

/** The records of batch `batchId` counted by kind, and the weight their whole weeks add to every hour. */
function tally(batchId: number): Sql {
  return sql`insert into hour_week_count
    select batch_id, month, category, agency_code, (count(*) filter (where kind <= 1))::integer,
      (count(*) filter (where kind = 0))::integer, (count(*) filter (where kind = 2))::integer,
      (count(*) filter (where kind = 3))::integer, (count(*) filter (where kind = 4))::integer,
      coalesce(sum(d // 10080 * 60 / d) filter (where kind = 0 and d >= 10080), 0)::double
    from (
      select c.batch_id, date_trunc('month', c.received_on)::date as month, c.category, c.agency_code,
        ${KIND} as kind, round(epoch(c.to_at - c.from_at) / 60)::integer as d
      from contact c where c.batch_id = ${batchId}
    ) group by all order by month`;
}

export async function addHourWeekRollup(tx: Executor, batchId: number): Promise<void> {
  await tx.run(spread(batchId));
  await tx.run(tally(batchId));
}

/** The batches counted again, after some of their contacts went (a purge). */
export async function recountHourWeekRollup(tx: Executor, batchIds: readonly number[]): Promise<void> {
  if (batchIds.length === 0) return;
  const ids = sql`${listValue(batchIds.map((id) => BigInt(id)))}::bigint[]`;
  await removeWhere(tx, sql`list_contains(${ids}, batch_id::bigint)`);
  for (const id of batchIds) await addHourWeekRollup(tx, id);
}

async function removeWhere(tx: Executor, batches: Sql): Promise<void> {
  await tx.run(sql`delete from hour_week_rollup where ${batches}`);
  await tx.run(sql`delete from hour_week_count where ${batches}`);
}

export const removeHourWeekRollup = (tx: Executor, batchId: number) =>
  removeWhere(tx, sql`batch_id = ${batchId}`);

/** Every batch counted again, one at a time (a statement's memory grows with its contacts). */
export async function rebuildHourWeekRollup(tx: Executor): Promise<void> {
  await removeWhere(tx, sql`true`);
  const batches = await tx.all<{ id: number }>(sql`select distinct batch_id as id from contact order by 1`);
  for (const { id } of batches) await addHourWeekRollup(tx, id);
}
