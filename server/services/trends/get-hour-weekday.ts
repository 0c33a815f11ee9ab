import type { HourWeekday } from '../../contract/trends.ts';
import type { Db } from '../../db/database.ts';
import { HOUR_WEEK_ZONE } from '../../queries/hour-week-kinds.ts';
import { trendMatrix } from '../../queries/trend-matrix.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';

/**
 * Times are stored in UTC; people think of hours in the local time of the force area (the zone the
 * hour x weekday rollup is spread in).
 */
export const LOCAL_TIME_ZONE = HOUR_WEEK_ZONE;

/** The aoristic hour x weekday matrix for the filters (spread in DuckDB), with what was left out and why. */
export async function getHourWeekday(db: Db, { filters }: ResolvedFilters): Promise<HourWeekday> {
  const m = await trendMatrix(db, filters, LOCAL_TIME_ZONE);
  return {
    period: { from: filters.from, to: filters.to },
    timeZone: LOCAL_TIME_ZONE,
    cells: Array.from({ length: 7 }, (_, day) => m.cells.slice(day * 24, day * 24 + 24)),
    records: m.records,
    windowed: m.windowed,
    leftOut: { monthOnly: m.month_only, dayOnly: m.day_only, invalid: m.invalid },
  };
}
