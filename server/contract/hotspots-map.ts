import type { HotspotCells, HotspotClass, Hotspots } from './hotspots.ts';

/** British National Grid easting/northing in metres -> WGS84 [lon, lat] (the server's and the map's own). */
export type BngToWgs84 = (easting: number, northing: number) => readonly [number, number];

/** The cells as the map reads them: every figure a plain column, centres and boxes included. */
export interface HotspotMapCells extends Omit<HotspotCells, 'classes' | 'emerging'> {
  /** BNG centre of each cell, metres. */
  easting: number[];
  northing: number[];
  /** WGS84 [south, west, north, east] of each cell (its south-west and north-east corners), flattened. */
  bounds: number[];
  classes?: HotspotClass[];
  emerging?: string[];
}

/** GET /api/hotspots as the map reads it (`decodeHotspots`). */
export type HotspotMap = Omit<Hotspots, 'cells'> & { cells: HotspotMapCells };

const decoded = <T>(c: { keys: T[]; codes: number[] }): T[] => c.codes.map((code) => c.keys[code] as T);

/**
 * Spells out the compact columns of an answer: word columns in full, and each cell's BNG centre and
 * WGS84 box from its id (the contract imports no projection library: the caller brings one).
 */
export function decodeHotspots(h: Hotspots, project: BngToWgs84): HotspotMap {
  const { classes, emerging, ...rest } = h.cells;
  const n = h.cells.ids.length;
  const [easting, northing] = [new Array<number>(n), new Array<number>(n)];
  const bounds = new Array<number>(4 * n);
  // Neighbouring cells share corners: each is projected once (an answer has one cell size, so a corner
  // is its lattice column and row; the number key is quicker than a string one).
  const corners = new Map<number, readonly [number, number]>();
  const corner = (cell: number, col: number, row: number) => {
    const key = col * 2 ** 24 + row;
    let lonLat = corners.get(key);
    if (!lonLat) corners.set(key, (lonLat = project(col * cell, row * cell)));
    return lonLat;
  };
  for (let i = 0; i < n; i++) {
    const [cell, col, row] = (h.cells.ids[i] as string).split('_').map(Number) as [number, number, number];
    easting[i] = (col + 0.5) * cell;
    northing[i] = (row + 0.5) * cell;
    const sw = corner(cell, col, row);
    const ne = corner(cell, col + 1, row + 1);
    bounds[4 * i] = sw[1];
    bounds[4 * i + 1] = sw[0];
    bounds[4 * i + 2] = ne[1];
    bounds[4 * i + 3] = ne[0];
  }
  const cells: HotspotMapCells = { ...rest, easting, northing, bounds };
  if (classes) cells.classes = decoded(classes);
  if (emerging) cells.emerging = decoded(emerging);
  return { ...h, cells };
}
