import type { Filters } from '../contract/filters.ts';
import type { RepeatKind } from '../contract/repeats.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { refColumn } from './repeat-columns.ts';

export interface RepeatEntityRow {
  [k: string]: unknown;
  ref: string;
  complaints: number;
  reports: number;
  previous: number;
  first: string;
  last: string;
  vulnerable: boolean;
  /** Days since 1970-01-01 of each complaint in the window, in order; null below `datesFrom` complaints. */
  days: number[] | null;
}

export interface RepeatSpan {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}

/**
 * Per reference with at least `minimum` complaints in [from, to] (filters other than the period apply):
 * complaints (linked reports of one incident once, dated by the first report), their reports, complaints
 * in the window before, first and last contact, any vulnerable flag, and the complaint days of those with
 * `datesFrom` or more. Reads only `contact`, never the personal fields.
 */
export function repeatEntities(
  db: Executor,
  f: Filters,
  kind: RepeatKind,
  w: RepeatSpan,
  o: { minimum: number; datesFrom: number },
): Promise<RepeatEntityRow[]> {
  const ref = refColumn(kind);
  return db.all<RepeatEntityRow>(sql`with complaints as (
      select c.${ref} as ref, coalesce(c.incident_id, c.id) as complaint, min(c.received_on) as day,
        max(c.received_on) as last_day, count(*) as reports, bool_or(c.vulnerable) as vulnerable
      from contact c
      where c.${ref} is not null and ${contactFilter({ ...f, from: w.previousFrom, to: w.to })}
      group by 1, 2
    ), marked as (select *, day >= ${w.from}::date as current from complaints)
    select ref,
      count(*) filter (where current)::integer as complaints,
      sum(reports) filter (where current)::integer as reports,
      count(*) filter (where not current)::integer as previous,
      min(day) filter (where current)::varchar as first,
      max(last_day) filter (where current)::varchar as last,
      coalesce(bool_or(vulnerable) filter (where current), false) as vulnerable,
      case when count(*) filter (where current) >= ${o.datesFrom}
        then list(date_diff('day', date '1970-01-01', day)::integer order by day) filter (where current)
      end as days
    from marked group by ref
    having count(*) filter (where current) >= ${o.minimum}`);
}
