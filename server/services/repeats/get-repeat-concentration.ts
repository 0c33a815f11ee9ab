import { groupedConcentrationPoints } from '../../analytics/repeats/concentration-points.ts';
import { groupedConcentration } from '../../analytics/repeats/grouped-concentration.ts';
import type {
  ConcentrationDto,
  RepeatConcentration,
  RepeatKind,
  RepeatWindow,
} from '../../contract/repeats.ts';
import type { Db } from '../../db/database.ts';
import { repeatDistributions, type RepeatDistributionRow } from '../../queries/repeat-distribution.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { windowOf } from './repeat-window.ts';

function concentrationOf(rows: readonly RepeatDistributionRow[], kind: RepeatKind): ConcentrationDto {
  // Grouped as SQL counted them: references per number of complaints.
  const groups = rows
    .filter((d) => d.kind === kind)
    .map((d) => ({ count: d.complaints, places: d.references }));
  const s = groupedConcentration(groups).summary;
  return {
    references: s.places,
    complaints: s.contacts,
    top1: s.top1,
    top5: s.top5,
    top10: s.top10,
    gini: s.gini,
    repeatReferences: s.repeatPlaces,
    repeatShare: s.repeatShare,
    curve: groupedConcentrationPoints(groups),
  };
}

/** How concentrated complaints are over callers and over places in the window (the API caches answers). */
export async function getRepeatConcentration(
  db: Db,
  { filters, extent }: ResolvedFilters,
  window: RepeatWindow,
): Promise<RepeatConcentration> {
  const { dto, inWindow } = windowOf(filters, window, extent);
  const rows = await repeatDistributions(db, inWindow);
  return {
    window: dto,
    callers: concentrationOf(rows, 'callers'),
    locations: concentrationOf(rows, 'locations'),
  };
}
