import turfArea from '@turf/area';
import { featureCollection, polygon } from '@turf/helpers';
import union from '@turf/union';
import { CELL_LIMITS } from '../../contract/hotspots.ts';
import { invalidInput } from '../../errors.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';
import { bngToWgs84 } from '../../geo/projection.ts';

export interface PlaceOutline {
  geometry: AreaGeometry;
  label: string;
  areaM2: number;
}

const bad = (why: string) => invalidInput('place.cells', `Invalid field 'place.cells': ${why}`);

/**
 * Hotspot cells (`size_col_row`, squares of the BNG lattice) merged into one WGS84 outline. Corners are
 * projected once per lattice point, so neighbouring squares share exact corners and merge cleanly.
 */
export function cellsOutline(ids: readonly string[]): PlaceOutline {
  const cells = [...new Set(ids)].map((id) => id.split('_').map(Number) as [number, number, number]);
  const size = cells[0]?.[0] ?? 0;
  if (cells.some(([s]) => s !== size)) throw bad('all cells must be of one cell size.');
  if (!(size >= CELL_LIMITS.min && size <= CELL_LIMITS.max))
    throw bad(`the cell size must be ${CELL_LIMITS.min} to ${CELL_LIMITS.max} m.`);
  const corner = (col: number, row: number) => bngToWgs84(col * size, row * size);
  const squares = cells.map(([, c, r]) =>
    polygon([[corner(c, r), corner(c + 1, r), corner(c + 1, r + 1), corner(c, r + 1), corner(c, r)]]),
  );
  const merged = squares.length === 1 ? squares[0] : union(featureCollection(squares));
  if (!merged) throw bad('the cells enclose no ground.');
  const geometry = merged.geometry as AreaGeometry;
  const label = `${cells.length} grid ${cells.length === 1 ? 'cell' : 'cells'} of ${size} m`;
  return { geometry, label, areaM2: turfArea(geometry) };
}
