import { RECEIVED_AT_FORMS } from '../../contract/canonical-contact.ts';
import { sql, type Sql } from '../../db/sql.ts';

/** Which form a canonical time text has: 'time', 'day' or 'month' (docs/canonical-contact-csv.md). */
export function precisionOf(x: Sql): Sql {
  return sql`case when regexp_full_match(${x}, ${RECEIVED_AT_FORMS.time.source}) then 'time'
    when regexp_full_match(${x}, ${RECEIVED_AT_FORMS.day.source}) then 'day'
    when regexp_full_match(${x}, ${RECEIVED_AT_FORMS.month.source}) then 'month' end`;
}

/** A time text as a UTC timestamp: an offset is applied, no offset means UTC. Null if not a real time. */
export function timestampOf(x: Sql): Sql {
  // DuckDB wants seconds and a colon in the offset (21:40+0100 -> 21:40:00+01:00); the common full form
  // casts directly, and coalesce evaluates the rewrite only for the rows where that failed.
  const withSeconds = sql`regexp_replace(${x}, '^(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2})(Z|[+-])', '\\1:00\\2')`;
  const offset = sql`regexp_replace(${withSeconds}, '([+-]\\d{2})(\\d{2})$', '\\1:\\2')`;
  // A plain timestamp cast reads a trailing Z as UTC, without the time zone library: the common form
  // of machine exports takes that road first.
  const zoned = sql`coalesce(try_cast(${x} as timestamptz), try_cast(${offset} as timestamptz)) at time zone 'UTC'`;
  return sql`case when ends_with(${x}, 'Z') then coalesce(try_cast(${x} as timestamp), ${zoned})
    when regexp_matches(${x}, '(Z|[+-]\\d{2}:?\\d{2})$') then ${zoned}
    else try_cast(${x} as timestamp) end`;
}
