import { UNRELIABLE_BELOW_MEAN, type HotspotQuery, type Hotspots } from '../../contract/hotspots.ts';
import type { Db } from '../../db/database.ts';
import { monthPlacedCounts, placedCounts } from '../../queries/hotspot-counts.ts';
import { dataVersion } from '../../queries/meta.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { cellColumns, shownCells } from './cell-columns.ts';
import { gridCounts } from './grid-counts.ts';
import { defaultsFor, hotspotParams } from './hotspot-params.ts';
import { runEmerging } from './run-emerging.ts';
import { runMethod } from './run-method.ts';
import { studyArea } from './study-area.ts';

/**
 * Grid counts, kernel density or Gi* hotspots over the study area under the filters. Answers are
 * cached by the API's result cache; only the study area (geometry) is kept here, per data version.
 */
export async function getHotspots(db: Db, q: HotspotQuery, { filters }: ResolvedFilters): Promise<Hotspots> {
  const p = hotspotParams(q);
  // The counts do not depend on the study area: both start at once.
  const [area, { lattice, unlocated: noLocation, byMonth }] = await Promise.all([
    dataVersion(db).then((version) => studyArea(db, version, p.cell)),
    p.method === 'emerging'
      ? monthPlacedCounts(db, p.cell, filters)
      : placedCounts(db, p.cell, filters).then((c) => ({ ...c, byMonth: [] })),
  ]);
  const { counts, inside, outside } = gridCounts(area, lattice);
  const r = runMethod(area, counts, p);
  const em = p.method === 'emerging' ? runEmerging(area, byMonth, filters, p) : null;
  if (em) Object.assign(r, { emerging: em.emerging, transform: em.transform });
  const cells = shownCells(area, counts, r, p.all);
  return {
    method: p.method,
    period: { from: filters.from, to: filters.to },
    parameters: {
      cell: p.cell,
      band: p.band,
      bandwidth: p.bandwidth,
      transform: r.transform,
      fdr: 'benjamini-hochberg',
    },
    defaults: defaultsFor(p.cell),
    studyArea: { source: area.source, layer: area.layer, cells: area.cells },
    summary: {
      contacts: inside,
      outside,
      noLocation,
      meanPerCell: r.mean,
      reliable: r.mean >= UNRELIABLE_BELOW_MEAN,
      maxCount: Math.max(0, ...cells.map((k) => counts[k] as number)),
      maxDensity: r.density ? Math.max(0, ...cells.map((k) => r.density?.[k] as number)) : null,
    },
    ...(em ? { emerging: { slice: em.slice, slices: em.slices, minContacts: em.minContacts } } : {}),
    all: p.all,
    cells: cellColumns(area.grid, cells, counts, r),
  };
}
