/**
 * A square grid in British National Grid metres. Cell (col, row) covers
 * [originE + col * cellSize, originE + (col + 1) * cellSize) by the same in northings; row 0 is the
 * southernmost row and cells are stored row by row: index = row * nx + col.
 */
export interface GridSpec {
  nx: number;
  ny: number;
  cellSize: number;
  /** Easting of the grid's west edge. */
  originE: number;
  /** Northing of the grid's south edge. */
  originN: number;
}

/** A grid of values (counts, usually) with the study-area mask; zero-count cells inside the mask count. */
export interface ValueGrid extends GridSpec {
  counts: ArrayLike<number>;
  /** True for cells in the study area (centre inside the study polygons or the data extent). */
  inStudyArea: Mask;
}

/** A cell is in when its entry is true (or non-zero, for a Uint8Array). */
export type Mask = ArrayLike<boolean> | Uint8Array;

export interface Point {
  e: number;
  n: number;
}

export const cellCount = (g: GridSpec): number => g.nx * g.ny;

export const cellIndex = (g: GridSpec, col: number, row: number): number => row * g.nx + col;

export const cellColRow = (g: GridSpec, index: number): { col: number; row: number } => ({
  col: index % g.nx,
  row: Math.floor(index / g.nx),
});

/** The centre of a cell in BNG metres. */
export function cellCentre(g: GridSpec, index: number): Point {
  const { col, row } = cellColRow(g, index);
  return { e: g.originE + (col + 0.5) * g.cellSize, n: g.originN + (row + 0.5) * g.cellSize };
}

/** The index of the cell holding a BNG point (west and south edges inside), or -1 off the grid. */
export function cellAt(g: GridSpec, e: number, n: number): number {
  const col = Math.floor((e - g.originE) / g.cellSize);
  const row = Math.floor((n - g.originN) / g.cellSize);
  return col >= 0 && col < g.nx && row >= 0 && row < g.ny ? cellIndex(g, col, row) : -1;
}

/**
 * The smallest grid with edges on whole multiples of cellSize that covers a BNG extent, so grids of
 * the same cell size always line up whatever the extent.
 */
export function gridCovering(
  extent: { minE: number; minN: number; maxE: number; maxN: number },
  cellSize: number,
): GridSpec {
  if (!(cellSize > 0)) throw new RangeError(`cellSize must be > 0: ${cellSize}`);
  const originE = Math.floor(extent.minE / cellSize) * cellSize;
  const originN = Math.floor(extent.minN / cellSize) * cellSize;
  return {
    nx: Math.max(1, Math.floor((extent.maxE - originE) / cellSize) + 1),
    ny: Math.max(1, Math.floor((extent.maxN - originN) / cellSize) + 1),
    cellSize,
    originE,
    originN,
  };
}

/** Counts (or sums of weights) of BNG points per cell; points off the grid are returned as `outside`. */
export function binPoints(
  g: GridSpec,
  points: readonly Point[],
  weights?: ArrayLike<number>,
): { counts: Float64Array; outside: number } {
  const counts = new Float64Array(cellCount(g));
  let outside = 0;
  points.forEach((p, i) => {
    const w = weights ? (weights[i] as number) : 1;
    const k = cellAt(g, p.e, p.n);
    if (k < 0) outside += w;
    else counts[k] = (counts[k] as number) + w;
  });
  return { counts, outside };
}

/** Every cell's centre as a weighted point (weight = the cell's value), for a KDE from cell counts. */
export function cellPoints(g: ValueGrid): { points: Point[]; weights: number[] } {
  const points: Point[] = [];
  const weights: number[] = [];
  for (let k = 0; k < cellCount(g); k++) {
    const w = g.counts[k] as number;
    if (w !== 0) {
      points.push(cellCentre(g, k));
      weights.push(w);
    }
  }
  return { points, weights };
}
