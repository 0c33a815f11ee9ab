import { CELL_LIMITS, type HotspotCell } from '../../contract/hotspots.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { inCell } from '../../queries/hotspot-cell.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { placeProfile } from './place-profile.ts';

/** A cell's trend, category mix, hour x weekday and busiest places under the filters, for the map's cell panel. */
export async function getHotspotCell(
  db: Db,
  id: string,
  { filters }: ResolvedFilters,
  withPlaces: boolean,
): Promise<HotspotCell> {
  const [cell, col, row] = id.split('_').map(Number) as [number, number, number];
  if (!(cell >= CELL_LIMITS.min && cell <= CELL_LIMITS.max)) {
    throw invalidInput(
      'id',
      `Invalid parameter 'id': the cell size must be ${CELL_LIMITS.min} to ${CELL_LIMITS.max} m.`,
    );
  }
  const profile = await placeProfile(db, filters, inCell({ cell, col, row }), withPlaces);
  return {
    id,
    cell,
    centre: { easting: (col + 0.5) * cell, northing: (row + 0.5) * cell },
    ...profile,
  };
}
