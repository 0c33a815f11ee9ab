import { anscombe } from '../../analytics/hotspot/anscombe.ts';
import { emergingHotspotsGrid, type EmergingResult } from '../../analytics/hotspot/emerging-hotspots.ts';
import { addMonths, monthStart } from '../../analytics/months.ts';
import { ANSCOMBE_BELOW_MEAN } from '../../contract/hotspots.ts';
import type { Filters } from '../../contract/filters.ts';
import type { MonthLatticeCount } from '../../queries/hotspot-counts.ts';
import { gridCounts } from './grid-counts.ts';
import type { HotspotParams } from './hotspot-params.ts';
import type { StudyArea } from './study-area.ts';

/**
 * Emerging hotspots over monthly slices of the period: Gi* of each month (on Anscombe counts when the
 * monthly mean per cell is under 10, as it nearly always is) and the Mann-Kendall trend of each cell's z.
 */
export function runEmerging(
  area: StudyArea,
  rows: readonly MonthLatticeCount[],
  f: Filters,
  p: HotspotParams,
): { emerging: EmergingResult; transform: 'anscombe' | 'none' } {
  const months: string[] = [];
  for (let m = monthStart(f.from); m <= f.to; m = addMonths(m, 1)) months.push(m.slice(0, 7));
  const slices = months.map((month) =>
    gridCounts(
      area,
      rows.filter((r) => r.month === month),
    ),
  );
  const total = slices.reduce((sum, s) => sum + s.inside, 0);
  const mean = area.cells > 0 ? total / (area.cells * Math.max(1, months.length)) : 0;
  const transform = mean < ANSCOMBE_BELOW_MEAN ? 'anscombe' : 'none';
  const grids = slices.map((s) => ({
    ...area.grid,
    counts: transform === 'anscombe' ? anscombe(s.counts) : s.counts,
    inStudyArea: area.mask,
  }));
  return { emerging: emergingHotspotsGrid(grids, { band: p.band }), transform };
}
