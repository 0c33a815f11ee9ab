import { concentrationProfile } from '../../analytics/hotspot/concentration-profile.ts';
import { DEFAULT_CELL_M, type HotPlaces } from '../../contract/hotspots.ts';
import type { Db } from '../../db/database.ts';
import { EVERYWHERE } from '../../queries/hotspot-cell.ts';
import { latticeCounts } from '../../queries/hotspot-counts.ts';
import { dataVersion } from '../../queries/meta.ts';
import { contactsWithoutPlace, placeHistogram, topPlaces } from '../../queries/place-counts.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { gridCounts } from './grid-counts.ts';
import { hotPlace } from './hot-place.ts';
import { studyArea } from './study-area.ts';

/** Repeat locations under the filters (for roles that may see them), and the concentration of contacts over places and cells. */
export async function getHotPlaces(
  db: Db,
  q: { limit: number; cell?: number | undefined },
  { filters }: ResolvedFilters,
  placeDetail: boolean,
): Promise<HotPlaces> {
  const cell = q.cell ?? DEFAULT_CELL_M;
  const [places, histogram, withoutPlace, area, lattice] = await Promise.all([
    placeDetail ? topPlaces(db, filters, EVERYWHERE, q.limit) : Promise.resolve([]),
    placeHistogram(db, filters),
    contactsWithoutPlace(db, filters),
    dataVersion(db).then((v) => studyArea(db, v, cell)),
    latticeCounts(db, cell, filters),
  ]);
  const perPlace = histogram.flatMap((h) => new Array<number>(h.places).fill(h.contacts));
  const { counts } = gridCounts(area, lattice);
  const perCell: number[] = [];
  for (let k = 0; k < counts.length; k++) if (area.mask[k]) perCell.push(counts[k] as number);
  const byPlace = concentrationProfile(perPlace);
  return {
    period: { from: filters.from, to: filters.to },
    placeDetail,
    places: places.map(hotPlace),
    contacts: byPlace.contacts,
    withoutPlace,
    placesWithThreeOrMore: histogram.filter((h) => h.contacts >= 3).reduce((n, h) => n + h.places, 0),
    byPlace,
    byCell: { ...concentrationProfile(perCell), cell },
  };
}
