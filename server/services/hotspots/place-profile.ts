import { addMonths, monthStart } from '../../analytics/months.ts';
import { tallyWindows } from '../../analytics/trends/window-tally.ts';
import type { Filters } from '../../contract/filters.ts';
import { PROFILE_PLACES, type PlaceProfile, type ProfileHourWeekday } from '../../contract/hotspots.ts';
import type { Db } from '../../db/database.ts';
import type { Sql } from '../../db/sql.ts';
import { scopeCategories, scopeMonths } from '../../queries/hotspot-cell.ts';
import { topPlaces } from '../../queries/place-counts.ts';
import { trendWindows, type TrendWindowRow } from '../../queries/trend-windows.ts';
import { LOCAL_TIME_ZONE } from '../trends/get-hour-weekday.ts';
import { categoryLabel, hotPlace } from './hot-place.ts';

/**
 * Trend, category mix, aoristic hour x weekday and busiest places of the contacts in a scope under the
 * filters; the places only for roles that may see location references (empty otherwise).
 */
export async function placeProfile(
  db: Db,
  filters: Filters,
  scope: Sql,
  withPlaces: boolean,
): Promise<PlaceProfile> {
  const [months, categories, windows, places] = await Promise.all([
    scopeMonths(db, filters, scope),
    scopeCategories(db, filters, scope),
    trendWindows(db, filters, LOCAL_TIME_ZONE, scope),
    withPlaces ? topPlaces(db, filters, scope, PROFILE_PLACES) : Promise.resolve([]),
  ]);
  const byMonth = new Map(months.map((m) => [m.month, m.contacts]));
  const series: PlaceProfile['months'] = [];
  for (let m = monthStart(filters.from); m <= filters.to; m = addMonths(m, 1)) {
    series.push({ month: m.slice(0, 7), contacts: byMonth.get(m.slice(0, 7)) ?? 0 });
  }
  return {
    period: { from: filters.from, to: filters.to },
    contacts: categories.reduce((sum, c) => sum + c.contacts, 0),
    months: series,
    categories: categories.map((c) => ({ ...c, label: categoryLabel(c.category) })),
    hourWeekday: hourWeekday(windows),
    topPlaces: places.map(hotPlace),
  };
}

/** The aoristic hour x weekday of the scope, cells rounded to keep the payload small. */
function hourWeekday(rows: readonly TrendWindowRow[]): ProfileHourWeekday {
  const { cells, ...rest } = tallyWindows(rows);
  return {
    timeZone: LOCAL_TIME_ZONE,
    cells: cells.map((row) => row.map((v) => Number(v.toFixed(3)))),
    ...rest,
  };
}
