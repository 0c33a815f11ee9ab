import type { AreaProfile } from '../../contract/hotspots.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { EVERYWHERE } from '../../queries/hotspot-cell.ts';
import { trendAreaNames } from '../../queries/trend-area-names.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { placeProfile } from './place-profile.ts';

/** The profile of the area in the `area` filter (layer:code), as a cell's: the map's area panel. */
export async function getAreaProfile(
  db: Db,
  { filters }: ResolvedFilters,
  withPlaces: boolean,
): Promise<AreaProfile> {
  const area = filters.area;
  if (!area) throw invalidInput('area', "Invalid parameter 'area': give the area as layer:code.");
  const [names, profile] = await Promise.all([
    trendAreaNames(db, area.layer),
    placeProfile(db, filters, EVERYWHERE, withPlaces),
  ]);
  return { area: { ...area, name: names.get(area.code) ?? area.code }, ...profile };
}
