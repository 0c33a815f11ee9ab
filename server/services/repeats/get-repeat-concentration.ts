import { concentrationPoints } from '../../analytics/repeats/concentration-points.ts';
import { concentrationSummary } from '../../analytics/hotspot/concentration.ts';
import type {
  ConcentrationDto,
  RepeatConcentration,
  RepeatKind,
  RepeatWindow,
} from '../../contract/repeats.ts';
import type { Filters } from '../../contract/filters.ts';
import type { Db } from '../../db/database.ts';
import { repeatDistribution } from '../../queries/repeat-distribution.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { windowOf } from './repeat-window.ts';

async function concentrationOf(db: Db, f: Filters, kind: RepeatKind): Promise<ConcentrationDto> {
  const distribution = await repeatDistribution(db, f, kind);
  const counts = distribution.flatMap((d) => Array<number>(d.references).fill(d.complaints));
  const s = concentrationSummary(counts);
  return {
    references: s.places,
    complaints: s.contacts,
    top1: s.top1,
    top5: s.top5,
    top10: s.top10,
    gini: s.gini,
    repeatReferences: s.repeatPlaces,
    repeatShare: s.repeatShare,
    curve: concentrationPoints(counts),
  };
}

/** How concentrated complaints are over callers and over places in the window (the API caches answers). */
export async function getRepeatConcentration(
  db: Db,
  { filters, extent }: ResolvedFilters,
  window: RepeatWindow,
): Promise<RepeatConcentration> {
  const { dto, inWindow } = windowOf(filters, window, extent);
  const [callers, locations] = await Promise.all([
    concentrationOf(db, inWindow, 'callers'),
    concentrationOf(db, inWindow, 'locations'),
  ]);
  return { window: dto, callers, locations };
}
