import { flagTop, mapAccuracy } from '../../analytics/hotspot/map-accuracy.ts';
import { addDays, addMonths, monthsBetween, monthStart } from '../../analytics/months.ts';
import type { Filters } from '../../contract/filters.ts';
import type { HotspotAccuracy, HotspotQuery } from '../../contract/hotspots.ts';
import type { Db } from '../../db/database.ts';
import { latticeCounts } from '../../queries/hotspot-counts.ts';
import { dataVersion } from '../../queries/meta.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { gridCounts } from './grid-counts.ts';
import { hotspotParams } from './hotspot-params.ts';
import { runMethod } from './run-method.ts';
import { studyArea, type StudyArea } from './study-area.ts';

const orNull = (x: number) => (Number.isFinite(x) ? x : null);

/** How well a map of the months before the period predicts the period: PAI and PEI (Chainey's measures). */
export async function getHotspotAccuracy(
  db: Db,
  q: HotspotQuery,
  top: number,
  { filters }: ResolvedFilters,
): Promise<HotspotAccuracy> {
  const p = hotspotParams(q);
  const months = monthsBetween(filters.from, filters.to) + 1;
  const training = { from: addMonths(monthStart(filters.from), -months), to: addDays(filters.from, -1) };
  const area = await studyArea(db, await dataVersion(db), p.cell);
  const countsOf = async (f: Filters) => gridCounts(area, await latticeCounts(db, p.cell, f)).counts;
  const [train, test] = await Promise.all([countsOf({ ...filters, ...training }), countsOf(filters)]);
  const r = runMethod(area, train, p);
  const flagged = flaggedCells(area, train, r, top);
  const a = mapAccuracy({ test, flagged, inStudyArea: area.mask });
  let [flaggedCount, testContacts] = [0, 0];
  for (let k = 0; k < test.length; k++) {
    if (!area.mask[k]) continue;
    flaggedCount += flagged[k] ? 1 : 0;
    testContacts += test[k] as number;
  }
  return {
    method: p.method,
    parameters: {
      cell: p.cell,
      band: p.band,
      bandwidth: p.bandwidth,
      transform: r.transform,
      fdr: 'benjamini-hochberg',
    },
    training,
    test: { from: filters.from, to: filters.to },
    top: p.method === 'gistar' ? null : top,
    flaggedCells: flaggedCount,
    studyCells: area.cells,
    testContacts,
    hitRate: orNull(a.hitRate),
    areaShare: orNull(a.areaShare),
    pai: orNull(a.pai),
    pei: orNull(a.pei),
  };
}

function flaggedCells(area: StudyArea, train: Float64Array, r: ReturnType<typeof runMethod>, top: number) {
  if (r.giStar) {
    const classes = r.giStar.classes;
    return Uint8Array.from(classes, (c) => (c === 'hot_99' || c === 'hot_95' ? 1 : 0));
  }
  return flagTop(r.density ?? train, top, area.mask);
}
