import { sql, type Sql } from '../db/sql.ts';

/** The zone hour_week_rollup spreads records in (the force area's: the Trends page's hours). */
export const HOUR_WEEK_ZONE = 'Europe/London';

/**
 * A record's kind: 0 window, 1 moment, 2 month only, 3 day only, 4 window ending before it starts
 * (trend-matrix.ts and hour-week-rollup.ts spread by the same kinds).
 */
export const KIND = sql`case
    when c.from_at is not null and c.to_at is not null then (case when c.to_at >= c.from_at then 0 else 4 end)
    when c.time_precision = 'time' and c.received_at is not null then 1
    when c.time_precision = 'month' then 2
    else 3 end::utinyint`;

/** The UTC hour (since 1970) a record starts in: its window's start, else when it was received. */
export const START_HOUR = sql`epoch_us(case when c.from_at is not null and c.to_at is not null
    then c.from_at else c.received_at end) // 3600000000`;

/**
 * The CTE body of (hour, offset): each distinct UTC hour of `hours` (a relation with an `hour` column)
 * with its offset to local time in the zone in microseconds, refused unless whole hours.
 */
export const hourOffsets = (
  zone: string,
  hours: Sql,
): Sql => sql`select hour, case when local_us % 3600000000 = 0 then local_us
        else error('the hour x weekday view needs a time zone offset from UTC by whole hours') end as offset
      from (
        select hour, epoch_us(timezone(${zone}, make_timestamp(hour * 3600000000) at time zone 'UTC'))
          - hour * 3600000000 as local_us
        from (select distinct hour from ${hours})
      )`;

export interface TrendMatrixRow {
  [k: string]: unknown;
  /** The 168 hour-of-week cells (weekday * 24 + hour, Monday first), each the weighted records in it. */
  cells: number[];
  records: number;
  windowed: number;
  month_only: number;
  day_only: number;
  invalid: number;
}

/** The matrix with nothing in it. */
export const EMPTY_MATRIX: TrendMatrixRow = {
  cells: Array<number>(168).fill(0),
  records: 0,
  windowed: 0,
  month_only: 0,
  day_only: 0,
  invalid: 0,
};
