import type { Filters } from '../contract/filters.ts';
import { CASE_REVIEW_DAYS, type RepeatKind, type RepeatRow, type RepeatSort } from '../contract/repeats.ts';
import type { Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { otherColumn, refColumn } from './repeat-columns.ts';

export interface RepeatSpan {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}

export interface RepeatListPage {
  [k: string]: unknown;
  /** References with at least one complaint in the window. */
  references: number;
  /** References with 2 or more, of which `meeting` meet the threshold (`vulnerable_meeting` vulnerable). */
  repeats: number;
  meeting: number;
  vulnerable_meeting: number;
  rows: RepeatRow[];
}

const DIRECTION = { asc: sql`asc`, desc: sql`desc` } as const;

// Sort keys, most significant first; ties fall back to the reference, A to Z, so paging is stable.
const KEYS: Record<Exclude<RepeatSort, 'ref'>, Sql[]> = {
  priority: [
    sql`(vulnerable and meetsThreshold)`,
    sql`meetsThreshold`,
    sql`complaints`,
    sql`complaints - previous`,
    sql`last`,
  ],
  complaints: [sql`complaints`, sql`complaints - previous`, sql`last`],
  previous: [sql`previous`, sql`complaints`],
  change: [sql`complaints - previous`, sql`complaints`],
  last: [sql`last`, sql`complaints`],
};

function orderOf(sort: RepeatSort, dir: 'asc' | 'desc'): Sql {
  if (sort === 'ref') return sql`ref ${DIRECTION[dir]}`;
  const keys = KEYS[sort].map((k) => sql`${k} ${DIRECTION[dir]}`);
  return join([...keys, sql`ref asc`], ', ');
}

/**
 * One page of the references with 2 or more complaints in [from, to] (filters other than the period
 * apply), in the chosen order, with the counts over all of them. Per reference: complaints (linked
 * reports of one incident once, dated by the first report), their reports, complaints in the window
 * before, first and last contact, any vulnerable flag, and the community trigger: `threshold`
 * complaints within CASE_REVIEW_DAYS days inside the window, the first time it happened. Reads only
 * `contact`, never the personal fields.
 */
export async function repeatListPage(
  db: Executor,
  f: Filters,
  kind: RepeatKind,
  w: RepeatSpan,
  o: { threshold: number; sort: RepeatSort; dir: 'asc' | 'desc'; offset: number; limit: number },
): Promise<RepeatListPage> {
  const ref = refColumn(kind);
  const other = otherColumn(kind);
  const matched = sql`c.${ref} is not null and ${contactFilter({ ...f, from: w.previousFrom, to: w.to })}`;
  // Most contacts are linked to no other, so only linked ones need grouping into complaints; an
  // incident's id is the smallest id of its contacts, which are all marked with it.
  const [page] = await db.all<RepeatListPage>(sql`with complaints as materialized (
      select c.${ref} as ref, c.received_on as day, c.received_on as last_day, 1 as reports, c.vulnerable
      from contact c where c.incident_id is null and ${matched}
      union all
      select c.${ref}, min(c.received_on), max(c.received_on), count(*), bool_or(c.vulnerable)
      from contact c where c.incident_id is not null and ${matched}
      group by c.${ref}, c.incident_id
    ), marked as materialized (select *, day >= ${w.from}::date as current from complaints),
    per_ref as materialized (
      select ref,
        count(*) filter (where current)::integer as complaints,
        sum(reports) filter (where current)::integer as reports,
        count(*) filter (where not current)::integer as previous,
        min(day) filter (where current)::varchar as first,
        max(last_day) filter (where current)::varchar as last,
        coalesce(bool_or(vulnerable) filter (where current), false) as vulnerable,
        bool_or(last_day >= ${w.from}::date) as in_window
      from marked group by ref
    ), ordered as (
      select ref, day, row_number() over byday as pos, lag(day, ${o.threshold - 1}) over byday as start_day
      from marked where current and ref in (select ref from per_ref where complaints >= ${o.threshold})
      window byday as (partition by ref order by day)
    ), triggers as (
      select ref, arg_min({'from': start_day::varchar, 'to': day::varchar}, pos) as triggered
      from ordered where date_diff('day', start_day, day) < ${CASE_REVIEW_DAYS} group by ref
    ), repeats as (
      select p.ref, p.complaints, p.reports, p.previous, p.first, p.last, p.vulnerable,
        t.triggered is not null as meetsThreshold, t.triggered
      from per_ref p left join triggers t on t.ref = p.ref where p.complaints >= 2
    ), page as materialized (
      select * from repeats order by ${orderOf(o.sort, o.dir)} limit ${o.limit} offset ${o.offset}
    ), details as (
      -- Looked up for the page shown only: agencies, categories, and the distinct places of a caller
      -- or callers about a place, over every report in the window.
      select c.${ref} as detail_ref, list_sort(list(distinct c.agency_code)) as agencies,
        list_sort(list(distinct c.category)) as categories, count(distinct c.${other})::integer as others
      from contact c
      where c.${ref} in (select ref from page) and ${contactFilter({ ...f, from: w.from, to: w.to })}
      group by 1
    )
    select (select count(*) from per_ref where in_window)::integer as references,
      count(*)::integer as repeats,
      count(*) filter (where meetsThreshold)::integer as meeting,
      count(*) filter (where meetsThreshold and vulnerable)::integer as vulnerable_meeting,
      coalesce((select list({'ref': p.ref, 'complaints': complaints, 'reports': reports, 'previous': previous,
          'first': first, 'last': last, 'vulnerable': vulnerable, 'meetsThreshold': meetsThreshold,
          'triggered': triggered, 'agencies': coalesce(agencies, []), 'categories': coalesce(categories, []),
          'others': coalesce(others, 0)} order by ${orderOf(o.sort, o.dir)})
        from page p left join details d on d.detail_ref = p.ref), []) as rows
    from repeats`);
  return page ?? { references: 0, repeats: 0, meeting: 0, vulnerable_meeting: 0, rows: [] };
}
