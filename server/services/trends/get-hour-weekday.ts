import { aoristicMatrix, type WindowGroup } from '../../analytics/trends/aoristic-matrix.ts';
import type { HourWeekday } from '../../contract/trends.ts';
import type { Db } from '../../db/database.ts';
import { trendWindows } from '../../queries/trend-windows.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';

/** Times are stored in UTC; people think of hours in the local time of the force area. */
export const LOCAL_TIME_ZONE = 'Europe/London';

/** The aoristic hour x weekday matrix for the filters, with what was left out and why. */
export async function getHourWeekday(db: Db, { filters }: ResolvedFilters): Promise<HourWeekday> {
  const rows = await trendWindows(db, filters, LOCAL_TIME_ZONE);
  const groups: WindowGroup[] = [];
  const left = { month_only: 0, day_only: 0, invalid: 0 };
  let windowed = 0;
  for (const r of rows) {
    if (r.kind === 'window' || r.kind === 'moment') {
      groups.push({
        startMinuteOfWeek: r.start_minute ?? 0,
        durationMinutes: r.duration_minutes ?? 0,
        count: r.n,
      });
      if (r.kind === 'window') windowed += r.n;
    } else left[r.kind] += r.n;
  }
  const { cells, records } = aoristicMatrix(groups);
  return {
    period: { from: filters.from, to: filters.to },
    timeZone: LOCAL_TIME_ZONE,
    cells,
    records,
    windowed,
    leftOut: { monthOnly: left.month_only, dayOnly: left.day_only, invalid: left.invalid },
  };
}
