import { classifyEmerging, type EmergingClass } from './emerging-classes.ts';
import type { GiStarResult } from './gi-star.ts';
import { giStarGrid, type GridBandOptions } from './gi-star-grid.ts';
import type { ValueGrid } from './grid.ts';
import { mannKendall } from './mann-kendall.ts';

export interface EmergingOptions {
  /** A slice counts as significant where its FDR-adjusted Gi* p < binAlpha; default 0.10 (90%, ESRI's level). */
  binAlpha?: number;
  /** The Mann-Kendall trend of z is significant where p < trendAlpha; default 0.10. */
  trendAlpha?: number;
}

export interface EmergingResult {
  /** null outside the study area. */
  classes: (EmergingClass | null)[];
  /** Mann-Kendall on each cell's Gi* z series: S, its p-value and z (NaN outside the study area). */
  trendS: Float64Array;
  trendZ: Float64Array;
  trendP: Float64Array;
  /** The Gi* result of each slice, oldest first. */
  slices: GiStarResult[];
}

/**
 * Emerging hotspot classes from Gi* of each time slice (oldest first, the same cells in each): the
 * Mann-Kendall test runs on each cell's Gi* z series and classifyEmerging names the pattern. Works
 * for grid cells and for areas alike; a cell whose z is NaN in any slice is outside.
 */
export function emergingFromSlices(
  slices: readonly GiStarResult[],
  options: EmergingOptions = {},
): EmergingResult {
  const { binAlpha = 0.1, trendAlpha = 0.1 } = options;
  const cells = slices[0]?.z.length ?? 0;
  if (slices.some((s) => s.z.length !== cells)) throw new RangeError('every slice needs the same cells');
  const classes: (EmergingClass | null)[] = new Array<EmergingClass | null>(cells).fill(null);
  const [trendS, trendZ, trendP] = [0, 1, 2].map(() => new Float64Array(cells).fill(Number.NaN)) as [
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  for (let k = 0; k < cells; k++) {
    const z = slices.map((s) => s.z[k] as number);
    if (z.some(Number.isNaN)) continue;
    const significant = slices.map((s) => (s.pAdjusted[k] as number) < binAlpha);
    const trend = mannKendall(z);
    [trendS[k], trendZ[k], trendP[k]] = [trend.s, trend.z, trend.p];
    classes[k] = classifyEmerging({ z, significant, trend }, trendAlpha);
  }
  return { classes, trendS, trendZ, trendP, slices: [...slices] };
}

/**
 * Emerging hotspots on a series of grids (same spec and study area, oldest first): Gi* of each slice
 * against that slice's own mean and S (ESRI's "individual time step" window, which keeps seasonal
 * swings in the overall level from reading as trends), spatial neighbours only.
 */
export const emergingHotspotsGrid = (
  grids: readonly ValueGrid[],
  options: EmergingOptions & GridBandOptions = {},
): EmergingResult =>
  emergingFromSlices(
    grids.map((g) => giStarGrid(g, options)),
    options,
  );
