import { bandStencil, DEFAULT_BAND_CELLS, stencilSums } from './band-stencil.ts';
import { globalMoments, giStarZ, type GiStarResult } from './gi-star.ts';
import { cellCount, type ValueGrid } from './grid.ts';
import { significance } from './significance.ts';

export interface GridBandOptions {
  /** Fixed distance band in metres between cell centres; default 1.5 x cell size (the 8 touching cells). */
  band?: number;
}

/**
 * Getis-Ord Gi* on a grid with fixed-distance-band binary weights that include the cell itself, over
 * every study-area cell, zeros included; cells outside the study area neither count in n nor as
 * neighbours. Classes use the Benjamini-Hochberg adjusted p over the study-area cells. The normal
 * p-values need dense counts: below a mean of about 10 per cell (9-cell band) they over-flag hot
 * cells, so pass anscombe(counts) for sparse grids.
 */
export function giStarGrid(grid: ValueGrid, options: GridBandOptions = {}): GiStarResult {
  const band = options.band ?? DEFAULT_BAND_CELLS * grid.cellSize;
  const mask = grid.inStudyArea;
  const moments = globalMoments(grid.counts, mask);
  const { sum, count } = stencilSums(grid, grid.counts, mask, bandStencil(grid.cellSize, band));
  const z = new Float64Array(cellCount(grid));
  for (let k = 0; k < z.length; k++) {
    // Binary weights: sum w = sum w^2 = the number of study cells in the band.
    z[k] = mask[k] ? giStarZ(sum[k] as number, count[k] as number, count[k] as number, moments) : Number.NaN;
  }
  return { z, moments, ...significance(z) };
}
