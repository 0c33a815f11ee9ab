import type { Filters } from '../contract/filters.ts';
import type { CountKind, Interval, Split } from '../contract/trends.ts';
import type { Executor } from '../db/database.ts';
import { ident, sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface TrendCountRow {
  [k: string]: unknown;
  /** First day of the interval, ISO. */
  start: string;
  /** Null only when nothing matched (the interval is still listed). */
  key: string | null;
  n: number;
}

const COLUMN = { category: 'category', asb_type: 'asb_type', agency: 'agency_code' } as const;

/** An incident counts its linked reports once; an unlinked report is its own incident. */
export const incidentOf = sql`coalesce(c.incident_id, c.id)`;

function keyOf(split: Split): { key: Sql; join: Sql } {
  if (split.kind === 'none') return { key: sql`'all'`, join: sql`` };
  if (split.kind === 'area')
    return {
      key: sql`coalesce(sa.area_code, 'none')`,
      join: sql`left join contact_area sa on sa.contact_id = c.id and sa.layer_id = ${split.layer}`,
    };
  const column = COLUMN[split.kind];
  return { key: sql`c.${ident(column, Object.values(COLUMN))}`, join: sql`` };
}

type CountOptions = { interval: Interval; split: Split; count: CountKind; top: number };

/**
 * Reports are counted per day and split value in one pass, and the intervals summed from those few
 * rows; incidents need their ids until the end, as one incident may span days and split values.
 * Either way `ranked` orders the split values by reports.
 */
function countsOf(f: Filters, { interval, split, count, top }: CountOptions): Sql {
  const unit = ident(interval, ['day', 'week', 'month']);
  const { key, join } = keyOf(split);
  const matched =
    count === 'reports'
      ? sql`select c.received_on as day, ${key} as key, count(*)::integer as n
          from contact c ${join} where ${contactFilter(f)} group by all`
      : sql`select c.received_on as day, ${key} as key, ${incidentOf} as incident
          from contact c ${join} where ${contactFilter(f)}`;
  const [reports, n] =
    count === 'reports' ? [sql`sum(n)`, sql`sum(m.n)`] : [sql`count(*)`, sql`count(distinct m.incident)`];
  return sql`matched as (${matched}),
    ranked as (select key, row_number() over (order by ${reports} desc, key) as r from matched group by key),
    counts as (
      select date_trunc('${unit}', m.day)::date as start, case when rk.r <= ${top}
        or (select count(*) from ranked) = ${top} + 1 then m.key else 'other' end as key, ${n}::integer as n
      from matched m join ranked rk using (key) group by all
    )`;
}

/**
 * Counts per interval (day, week from Monday, month) and split value over f's period, every interval
 * listed with 0 where nothing matched. Values beyond the `top` largest are merged into 'other'.
 */
export async function trendCounts(db: Executor, f: Filters, o: CountOptions): Promise<TrendCountRow[]> {
  const unit = ident(o.interval, ['day', 'week', 'month']);
  return db.all<TrendCountRow>(sql`with intervals as (
      select unnest(generate_series(date_trunc('${unit}', ${f.from}::date), date_trunc('${unit}', ${f.to}::date),
        interval 1 ${unit}))::date as start
    ), ${countsOf(f, o)}, keys as (select distinct key from counts)
    select i.start::varchar as start, k.key, coalesce(n.n, 0)::integer as n
    from intervals i left join keys k on true left join counts n on n.start = i.start and n.key = k.key
    order by i.start, k.key`);
}
