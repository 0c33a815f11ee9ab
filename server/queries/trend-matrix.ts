import type { Filters } from '../contract/filters.ts';
import { Db, type Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { rollupReady } from './contact-rollup.ts';
import {
  EMPTY_MATRIX,
  HOUR_WEEK_ZONE,
  hourOffsets,
  KIND,
  START_HOUR,
  type TrendMatrixRow,
} from './hour-week-kinds.ts';
import { hourWeekFromRollup } from './hour-week-read.ts';
import { splitPeriod } from './period-parts.ts';

export type { TrendMatrixRow } from './hour-week-kinds.ts';

/**
 * The aoristic hour x weekday matrix for the filters. Whole months come from hour_week_rollup while it
 * is current, the zone is its zone and no area is filtered (the table has no areas); the odd days at
 * either end, and everything else, are spread from the contacts themselves.
 */
export async function trendMatrix(db: Executor, f: Filters, timeZone: string): Promise<TrendMatrixRow> {
  const parts =
    f.area === null && timeZone === HOUR_WEEK_ZONE && (await rollupReady(db))
      ? splitPeriod(f.from, f.to)
      : null;
  if (!parts?.months) return spreadContacts(db, contactFilter(f), timeZone);
  if (parts.days.length === 0) return hourWeekFromRollup(db, f, parts.months);
  const days = join(
    parts.days.map((d) => sql`(${contactFilter({ ...f, ...d })})`),
    ' or ',
  );
  // Both at once on a Db (a pool of connections); a transaction's statements run one after another.
  const [whole, odd] =
    db instanceof Db
      ? await Promise.all([hourWeekFromRollup(db, f, parts.months), spreadContacts(db, days, timeZone)])
      : [await hourWeekFromRollup(db, f, parts.months), await spreadContacts(db, days, timeZone)];
  return {
    cells: whole.cells.map((w, i) => w + (odd.cells[i] ?? 0)),
    records: whole.records + odd.records,
    windowed: whole.windowed + odd.windowed,
    month_only: whole.month_only + odd.month_only,
    day_only: whole.day_only + odd.day_only,
    invalid: whole.invalid + odd.invalid,
  };
}

/**
 * The aoristic hour x weekday matrix of the contacts matching `where` (over `contact c`), spread in DuckDB: each record's window, in local time as in
 * trend-windows.ts, adds to every hour of the week it overlaps the share of its minutes inside that
 * hour (a known moment all of it; whole weeks evenly over every hour), as analytics/trends/aoristic.ts
 * defines it. Month-only, day-only and invalid records are counted apart.
 * `timeZone` must be offset from UTC by whole hours, changing on the hour (as Europe/London is).
 */
async function spreadContacts(db: Executor, where: Sql, timeZone: string): Promise<TrendMatrixRow> {
  // No grouping by window (there are nearly as many windows as records with one): records are
  // counted by kind and the UTC hour they start in (a moment needs only its hour), the zone converts
  // each of those hours once, and each window reads its hour's offset. Times are microseconds since
  // 1970-01-01, a Thursday: minute m of that scale is minute (m + 4320) % 10080 of its week from
  // Monday 00:00. Kinds: 0 window, 1 moment, 2 month only, 3 day only, 4 window ending before it starts.
  // `matched` is read twice and kept, so the filters (an area filter is a join) run once.
  const [row] = await db.all<TrendMatrixRow>(sql`with matched as materialized (
      select ${KIND} as kind, ${START_HOUR} as hour, c.from_at, c.to_at
      from contact c where ${where}
    ), starts as (
      select kind, hour, count(*)::integer as n from matched group by all
    ), offsets as (
      ${hourOffsets(timeZone, sql`starts where kind <= 1`)}
    ), windows as (
      select ((epoch_us(w.from_at) + o.offset) // 60000000 + 4320) % 10080 as s,
        round(epoch(w.to_at - w.from_at) / 60)::integer as d, 1 as n
      from matched w join offsets o using (hour) where w.kind = 0
      union all
      select ((m.hour * 3600000000 + o.offset) // 60000000 + 4320) % 10080, 0, m.n
      from starts m join offsets o using (hour) where m.kind = 1
    ), spans as (
      select s, d, n, d // 10080 as whole, d % 10080 as rest, s // 60 as k1, (s + d % 10080 - 1) // 60 as k2
      from windows
    ), points as (
      -- Hours counted from Monday 00:00 of the window's week (k1 first, k2 last, up to 335): a window's
      -- first and last hour get their minutes; the hours between get 60 each, added as a step up at
      -- k1 + 1 and down at k2 and summed in order, so the work grows with windows, not their length.
      select s // 60 as k, n::double as v, 0::double as step from spans where d = 0
      union all
      select k1, n * (rest / d), 0 from spans where rest > 0 and k1 = k2
      union all
      select k1, n * (((k1 + 1) * 60 - s) / d), 0 from spans where rest > 0 and k1 < k2
      union all
      select k2, n * ((s + rest - k2 * 60) / d), 0 from spans where rest > 0 and k1 < k2
      union all
      select k1 + 1, 0, n * (60 / d) from spans where rest > 0 and k2 - k1 >= 2
      union all
      select k2, 0, -(n * (60 / d)) from spans where rest > 0 and k2 - k1 >= 2
    ), hours as (
      select k, sum(v) as v, sum(step) as step from points group by k
    ), spread as (
      select r.k % 168 as cell, coalesce(h.v, 0) + sum(coalesce(h.step, 0)) over (order by r.k) as w
      from range(336) as r(k) left join hours h on h.k = r.k
    ), cells as (
      -- Whole weeks of a window spread evenly: 60 of its minutes in every hour per week.
      select cell, sum(w) + (select coalesce(sum(n * (whole * 60 / d)), 0) from spans where whole > 0) as w
      from spread group by cell
    )
    select (select list(w order by cell) from cells) as cells,
      coalesce(sum(n) filter (where kind <= 1), 0)::integer as records,
      coalesce(sum(n) filter (where kind = 0), 0)::integer as windowed,
      coalesce(sum(n) filter (where kind = 2), 0)::integer as month_only,
      coalesce(sum(n) filter (where kind = 3), 0)::integer as day_only,
      coalesce(sum(n) filter (where kind = 4), 0)::integer as invalid
    from starts`);
  return row ?? EMPTY_MATRIX;
}
