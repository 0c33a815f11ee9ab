import { anscombe } from '../../analytics/hotspot/anscombe.ts';
import { emergingHotspotsGrid, type EmergingResult } from '../../analytics/hotspot/emerging-hotspots.ts';
import { addMonths, monthStart } from '../../analytics/months.ts';
import {
  ANSCOMBE_BELOW_MEAN,
  EMERGING_MIN_CONTACTS,
  EMERGING_MIN_PER_SLICE,
  QUARTERLY_FROM_MONTHS,
} from '../../contract/hotspots.ts';
import type { Filters } from '../../contract/filters.ts';
import type { MonthLatticeCount } from '../../queries/hotspot-counts.ts';
import { gridCounts } from './grid-counts.ts';
import type { HotspotParams } from './hotspot-params.ts';
import type { StudyArea } from './study-area.ts';

export interface EmergingRun {
  emerging: EmergingResult;
  transform: 'anscombe' | 'none';
  slice: 'month' | 'quarter';
  slices: number;
  minContacts: number;
}

/**
 * Emerging hotspots over time slices of the period (months; quarters over 2 years or more): Gi* of each
 * slice (on Anscombe counts when the mean per cell is under 10, as it nearly always is) and the
 * Mann-Kendall trend of each cell's z. Cells with fewer than minContacts over the period are left as
 * "none": too few to show a pattern.
 */
export function runEmerging(
  area: StudyArea,
  rows: readonly MonthLatticeCount[],
  f: Filters,
  p: HotspotParams,
): EmergingRun {
  const months: string[] = [];
  for (let m = monthStart(f.from); m <= f.to; m = addMonths(m, 1)) months.push(m.slice(0, 7));
  const slice = months.length >= QUARTERLY_FROM_MONTHS ? 'quarter' : 'month';
  const per = slice === 'quarter' ? 3 : 1;
  // Slices run back from the period's end, so the latest slice is whole; an earlier partial one stays.
  const groups: string[][] = [];
  for (let i = months.length; i > 0; i -= per) groups.unshift(months.slice(Math.max(0, i - per), i));
  // One pass over the rows, each to its slice's list (a month outside the period goes nowhere).
  const sliceOf = new Map(groups.flatMap((g, i) => g.map((m) => [m, i] as const)));
  const bySlice = groups.map((): MonthLatticeCount[] => []);
  for (const r of rows) bySlice[sliceOf.get(r.month) ?? -1]?.push(r);
  const slices = bySlice.map((sliceRows) => gridCounts(area, sliceRows));
  const total = slices.reduce((sum, s) => sum + s.inside, 0);
  const mean = area.cells > 0 ? total / (area.cells * Math.max(1, slices.length)) : 0;
  const transform = mean < ANSCOMBE_BELOW_MEAN ? 'anscombe' : 'none';
  const grids = slices.map((s) => ({
    ...area.grid,
    counts: transform === 'anscombe' ? anscombe(s.counts) : s.counts,
    inStudyArea: area.mask,
  }));
  const emerging = emergingHotspotsGrid(grids, { band: p.band });
  const minContacts = Math.max(EMERGING_MIN_CONTACTS, Math.ceil(EMERGING_MIN_PER_SLICE * slices.length));
  const perCell = new Float64Array(area.mask.length);
  for (const s of slices) s.counts.forEach((n, k) => (perCell[k] = (perCell[k] as number) + n));
  emerging.classes = emerging.classes.map((c, k) =>
    c !== null && (perCell[k] as number) < minContacts ? 'none' : c,
  );
  return { emerging, transform, slice, slices: slices.length, minContacts };
}
