import type { HotspotCells, HotspotClass, Hotspots } from './hotspots.ts';

/** The cells as the map reads them: every figure a plain column, centres included. */
export interface HotspotMapCells extends Omit<HotspotCells, 'classes' | 'emerging'> {
  /** BNG centre of each cell, metres. */
  easting: number[];
  northing: number[];
  classes?: HotspotClass[];
  emerging?: string[];
}

/** GET /api/hotspots as the map reads it (`decodeHotspots`). */
export type HotspotMap = Omit<Hotspots, 'cells'> & { cells: HotspotMapCells };

const decoded = <T>(c: { keys: T[]; codes: number[] }): T[] => c.codes.map((code) => c.keys[code] as T);

/** Spells out the compact columns of an answer: word columns in full and each cell's BNG centre from its id. */
export function decodeHotspots(h: Hotspots): HotspotMap {
  const { classes, emerging, ...rest } = h.cells;
  const easting: number[] = [];
  const northing: number[] = [];
  for (const id of h.cells.ids) {
    const [cell, col, row] = id.split('_').map(Number) as [number, number, number];
    easting.push((col + 0.5) * cell);
    northing.push((row + 0.5) * cell);
  }
  const cells: HotspotMapCells = { ...rest, easting, northing };
  if (classes) cells.classes = decoded(classes);
  if (emerging) cells.emerging = decoded(emerging);
  return { ...h, cells };
}
