import type { GridSpec } from '../../analytics/hotspot/grid.ts';
import { bngToWgs84 } from '../../geo/projection.ts';
import { toFixedNumber } from './rounding.ts';

/**
 * WGS84 of the grid's cell corners, rounded to 6 decimals (about 0.1 m): corner (c, r) is the south-west
 * corner of cell (c, r), at index r * (nx + 1) + c; NaN until first asked for.
 */
interface CellCorners {
  lat: Float64Array;
  lon: Float64Array;
}

// Projecting was most of the time an answer took to build, and depends only on the grid: kept per grid.
const kept = new WeakMap<GridSpec, CellCorners>();

function cornersOf(g: GridSpec): CellCorners {
  let corners = kept.get(g);
  if (!corners) {
    const size = (g.nx + 1) * (g.ny + 1);
    corners = { lat: new Float64Array(size).fill(Number.NaN), lon: new Float64Array(size).fill(Number.NaN) };
    kept.set(g, corners);
  }
  return corners;
}

function corner(g: GridSpec, { lat, lon }: CellCorners, index: number): void {
  if (!Number.isNaN(lat[index])) return;
  const width = g.nx + 1;
  const [x, y] = bngToWgs84(
    g.originE + (index % width) * g.cellSize,
    g.originN + Math.floor(index / width) * g.cellSize,
  );
  lat[index] = toFixedNumber(y, 6);
  lon[index] = toFixedNumber(x, 6);
}

/** Appends the [south, west, north, east] of each cell (its south-west and north-east corners) to `out`. */
export function pushBounds(g: GridSpec, cells: readonly number[], out: number[]): void {
  const corners = cornersOf(g);
  const { lat, lon } = corners;
  const width = g.nx + 1;
  for (const k of cells) {
    const sw = Math.floor(k / g.nx) * width + (k % g.nx);
    const ne = sw + width + 1;
    corner(g, corners, sw);
    corner(g, corners, ne);
    out.push(lat[sw] as number, lon[sw] as number, lat[ne] as number, lon[ne] as number);
  }
}
