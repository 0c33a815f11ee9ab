import { cellCount } from '../../analytics/hotspot/grid.ts';
import type { LatticeCount } from '../../queries/hotspot-counts.ts';
import type { StudyArea } from './study-area.ts';

export interface GridCounts {
  /** Contacts per grid cell; cells outside the study area hold 0. */
  counts: Float64Array;
  inside: number;
  outside: number;
}

/** Places the database's lattice counts on the study grid; counts off it or outside the mask are `outside`. */
export function gridCounts({ grid, mask }: StudyArea, lattice: readonly LatticeCount[]): GridCounts {
  const counts = new Float64Array(cellCount(grid));
  const [col0, row0] = [Math.round(grid.originE / grid.cellSize), Math.round(grid.originN / grid.cellSize)];
  let [inside, outside] = [0, 0];
  for (const { col, row, n } of lattice) {
    const [c, r] = [col - col0, row - row0];
    const k = r * grid.nx + c;
    if (c >= 0 && c < grid.nx && r >= 0 && r < grid.ny && mask[k]) {
      counts[k] = n;
      inside += n;
    } else outside += n;
  }
  return { counts, inside, outside };
}
