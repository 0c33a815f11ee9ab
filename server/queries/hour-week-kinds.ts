import { sql } from '../db/sql.ts';

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
