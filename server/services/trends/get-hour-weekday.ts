import { tallyWindows } from '../../analytics/trends/window-tally.ts';
import type { HourWeekday } from '../../contract/trends.ts';
import type { Db } from '../../db/database.ts';
import { trendWindows } from '../../queries/trend-windows.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';

/** Times are stored in UTC; people think of hours in the local time of the force area. */
export const LOCAL_TIME_ZONE = 'Europe/London';

/** The aoristic hour x weekday matrix for the filters, with what was left out and why. */
export async function getHourWeekday(db: Db, { filters }: ResolvedFilters): Promise<HourWeekday> {
  const rows = await trendWindows(db, filters, LOCAL_TIME_ZONE);
  return {
    period: { from: filters.from, to: filters.to },
    timeZone: LOCAL_TIME_ZONE,
    ...tallyWindows(rows),
  };
}
