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

/** Reports count rows; incidents count linked reports once (an unlinked report is its own incident). */
export function countOf(count: CountKind, alias: 'c' | 'g' = 'c'): Sql {
  const t = ident(alias, ['c', 'g']);
  return count === 'incidents'
    ? sql`count(distinct coalesce(${t}.incident_id, ${t}.id))::integer`
    : sql`count(*)::integer`;
}

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

/**
 * Counts per interval (day, week from Monday, month) and split value over f's period, every interval
 * listed with 0 where nothing matched. Values beyond the `top` largest are merged into 'other'.
 */
export async function trendCounts(
  db: Executor,
  f: Filters,
  o: { interval: Interval; split: Split; count: CountKind; top: number },
): Promise<TrendCountRow[]> {
  const unit = ident(o.interval, ['day', 'week', 'month']);
  const { key, join } = keyOf(o.split);
  const count = countOf(o.count, 'g');
  return db.all<TrendCountRow>(sql`with intervals as (
      select unnest(generate_series(date_trunc('${unit}', ${f.from}::date), date_trunc('${unit}', ${f.to}::date),
        interval 1 ${unit}))::date as start
    ), matched as (
      select date_trunc('${unit}', c.received_on)::date as start, ${key} as key, c.id, c.incident_id
      from contact c ${join} where ${contactFilter(f)}
    ), ranked as (
      select key, row_number() over (order by count(*) desc, key) as r from matched group by key
    ), grouped as (
      select m.start, case when rk.r <= ${o.top} or (select count(*) from ranked) = ${o.top} + 1
        then m.key else 'other' end as key, m.id, m.incident_id
      from matched m join ranked rk using (key)
    ), counts as (
      select g.start, g.key, ${count} as n from grouped g group by 1, 2
    ), keys as (select distinct key from grouped)
    select i.start::varchar as start, k.key, coalesce(n.n, 0)::integer as n
    from intervals i left join keys k on true left join counts n on n.start = i.start and n.key = k.key
    order by i.start, k.key`);
}
