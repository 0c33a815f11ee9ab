import { cellCount, type GridSpec, type Mask } from './grid.ts';

/** The default Gi* band as a multiple of the cell size: 1.5 takes the 8 touching cells and the cell itself. */
export const DEFAULT_BAND_CELLS = 1.5;

/** One row of a stencil: the cells dc = -half..half in row offset dr. */
export interface StencilRow {
  dr: number;
  half: number;
}

// Centres exactly on the band are inside (spdep's dnearneigh uses dist <= d2); the slack absorbs rounding.
const ON_BAND = 1 + 1e-9;

/**
 * The cells whose centres lie within `band` metres of a cell's centre, itself included, as one span of
 * columns per row offset (a disc of centres on a square lattice is a run of whole columns in each row).
 */
export function bandStencil(cellSize: number, band: number): StencilRow[] {
  if (!(cellSize > 0) || !(band >= 0)) throw new RangeError(`bad cell size or band: ${cellSize}, ${band}`);
  const r2 = (band / cellSize) ** 2 * ON_BAND;
  const reach = Math.floor(Math.sqrt(r2));
  const rows: StencilRow[] = [];
  for (let dr = -reach; dr <= reach; dr++) {
    rows.push({ dr, half: Math.floor(Math.sqrt(r2 - dr * dr)) });
  }
  return rows;
}

export const stencilCells = (stencil: readonly StencilRow[]): number =>
  stencil.reduce((sum, r) => sum + 2 * r.half + 1, 0);

/**
 * For every cell, the sum of `values` and the number of study cells over the study cells in its
 * stencil, using per-row prefix sums: O(cells x stencil rows), not O(cells x stencil cells).
 */
export function stencilSums(
  g: GridSpec,
  values: ArrayLike<number>,
  inStudyArea: Mask,
  stencil: readonly StencilRow[],
): { sum: Float64Array; count: Float64Array } {
  const { nx, ny } = g;
  const width = nx + 1;
  const prefixValue = new Float64Array(width * ny);
  const prefixCount = new Float64Array(width * ny);
  for (let row = 0; row < ny; row++) {
    for (let col = 0; col < nx; col++) {
      const k = row * nx + col;
      const p = row * width + col;
      const inside = Boolean(inStudyArea[k]);
      prefixValue[p + 1] = (prefixValue[p] as number) + (inside ? (values[k] as number) : 0);
      prefixCount[p + 1] = (prefixCount[p] as number) + (inside ? 1 : 0);
    }
  }
  const sum = new Float64Array(cellCount(g));
  const count = new Float64Array(cellCount(g));
  for (let row = 0; row < ny; row++) {
    for (let col = 0; col < nx; col++) {
      let s = 0;
      let c = 0;
      for (const { dr, half } of stencil) {
        const r = row + dr;
        if (r < 0 || r >= ny) continue;
        const lo = r * width + Math.max(0, col - half);
        const hi = r * width + Math.min(nx - 1, col + half) + 1;
        s += (prefixValue[hi] as number) - (prefixValue[lo] as number);
        c += (prefixCount[hi] as number) - (prefixCount[lo] as number);
      }
      sum[row * nx + col] = s;
      count[row * nx + col] = c;
    }
  }
  return { sum, count };
}
