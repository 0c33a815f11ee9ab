import type { Filters } from '../contract/filters.ts';
import { CASE_REVIEW_DAYS, type RepeatKind, type RepeatRow, type RepeatSort } from '../contract/repeats.ts';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { otherColumn, refColumn } from './repeat-columns.ts';
import { repeatOrder } from './repeat-order.ts';

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
  /** Contacts in the window without a reference of this kind. */
  without_ref: number;
  rows: RepeatRow[];
}

// The first complaint (1-based, in date order) closing a run of k within the case-review span, or null.
const firstRun = (days: Sql, k: Sql): Sql =>
  sql`list_filter(range(${k}, len(${days}) + 1),
    lambda i: date_diff('day', ${days}[i - ${k} + 1], ${days}[i]) < ${CASE_REVIEW_DAYS})[1]`;

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
  const from = sql`${w.from}::date`;
  const k = sql`${o.threshold}::integer`;
  const current = sql`day >= ${from}`;
  // Cut the window into spans of CASE_REVIEW_DAYS days: more than (k - 1) complaints per span means
  // k of them share one. That, or all of them inside one span, settles the trigger for almost every
  // reference, so only the rest need their complaint days listed and searched.
  const spans = sql`ceil((date_diff('day', ${from}, ${w.to}::date) + 1) / ${CASE_REVIEW_DAYS})`;
  // Most callers call once: only those with 2 or more contacts in the window can be repeats, so only
  // their contacts are grouped into complaints. Most places recur, so all of theirs are.
  const [pool, references] =
    kind === 'callers'
      ? [sql`ref in (select ref from in_window where contacts >= 2)`, sql`(select count(*) from in_window)`]
      : [sql`ref is not null`, sql`(select count(*) from per_ref where in_window)`];
  // Complaints of a few references: their contacts grouped by incident, dated by the first report.
  const complaintsOf = (
    contacts: Sql,
  ) => sql`(select ref, min(day) as day, count(*) as reports from ${contacts}
      group by ref, incident_id, case when incident_id is null then id end)`;
  // The contacts of both windows are read once, for the counts and the page's details. Only what sorts
  // and counts is worked out for every reference; the rest (reports, first contact, the run that met
  // the threshold, details) for the page shown.
  const [page] = await db.all<RepeatListPage>(sql`with scoped as materialized (
      select c.id, c.${refColumn(kind)} as ref, c.received_on as day, c.incident_id, c.vulnerable,
        c.agency_code, c.category, c.${otherColumn(kind)} as other
      from contact c where ${contactFilter({ ...f, from: w.previousFrom, to: w.to })}
    ), in_window as materialized (
      select ref, count(*) as contacts from scoped where ref is not null and ${current} group by ref
    ), complaints as (
      -- Most contacts are linked to no other, so only linked ones need grouping, by their incident.
      select ref, day, day as last_day, vulnerable from scoped where incident_id is null and ${pool}
      union all
      select ref, min(day), max(day), bool_or(vulnerable) from scoped
      where incident_id is not null and ${pool} group by ref, incident_id
    ), per_ref as materialized (
      select ref, count_if(${current})::integer as complaints, count(*)::integer as total,
        min(case when ${current} then day end) as first_day, max(case when ${current} then last_day end) as last_day,
        max(last_day) >= ${from} as in_window, coalesce(bool_or(vulnerable and ${current}), false) as vulnerable
      from complaints group by ref
    ), settled as materialized (
      select ref, complaints, total - complaints as previous, last_day::varchar as last, vulnerable,
        case when complaints < ${k} then false
          when complaints > (${k} - 1) * ${spans} or date_diff('day', first_day, last_day) < ${CASE_REVIEW_DAYS}
          then true end as meets
      from per_ref where complaints >= 2
    ), unsettled as (
      select ref, ${firstRun(sql`list_sort(list(day))`, k)} is not null as meets
      from ${complaintsOf(sql`scoped where ref in (select ref from settled where meets is null)`)}
      where ${current} group by ref
    ), repeats as materialized (
      select s.ref, complaints, previous, last, vulnerable, coalesce(s.meets, u.meets) as meetsThreshold
      from settled s left join unsettled u on u.ref = s.ref
    ), page as materialized (
      select * from repeats order by ${repeatOrder(o.sort, o.dir)} limit ${o.limit} offset ${o.offset}
    ), page_contacts as materialized (
      select * from scoped where ref in (select ref from page)
    ), runs as (
      select ref, days, reports, ${firstRun(sql`days`, k)} as hit from (
        select ref, list_sort(list(day)) as days, sum(reports)::integer as reports
        from ${complaintsOf(sql`page_contacts`)} where ${current} group by ref)
    ), details as (
      -- Agencies, categories, and the distinct places of a caller or callers about a place, over
      -- every report in the window.
      select ref, list_sort(list_distinct(list(agency_code))) as agencies,
        list_sort(list_distinct(list(category))) as categories, len(list_distinct(list(other)))::integer as others
      from page_contacts where ${current} group by ref
    )
    select ${references}::integer as references,
      (select count(*) from scoped where ref is null and ${current})::integer as without_ref,
      count(*)::integer as repeats,
      count(*) filter (where meetsThreshold)::integer as meeting,
      count(*) filter (where meetsThreshold and vulnerable)::integer as vulnerable_meeting,
      coalesce((select list({'ref': p.ref, 'complaints': complaints, 'reports': reports, 'previous': previous,
          'first': r.days[1]::varchar, 'last': last, 'vulnerable': vulnerable, 'meetsThreshold': meetsThreshold,
          'triggered': case when r.hit is not null
            then {'from': r.days[r.hit - ${k} + 1]::varchar, 'to': r.days[r.hit]::varchar} end,
          'agencies': agencies, 'categories': categories, 'others': others}
          order by ${repeatOrder(o.sort, o.dir, sql`p.ref`)})
        from page p join details d on d.ref = p.ref join runs r on r.ref = p.ref), []) as rows
    from repeats`);
  return page ?? { references: 0, repeats: 0, meeting: 0, vulnerable_meeting: 0, without_ref: 0, rows: [] };
}
