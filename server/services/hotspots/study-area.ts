import { cellCentre, cellCount, gridCovering, type GridSpec } from '../../analytics/hotspot/grid.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { AreaIndex } from '../../geo/area-index.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';
import { bngToWgs84, wgs84ToBng } from '../../geo/projection.ts';
import { MAX_GRID_CELLS } from '../../contract/hotspots.ts';
import { layerFeatures, listLayers } from '../../queries/boundaries.ts';
import { contactExtent, type BngExtent } from '../../queries/hotspot-extent.ts';
import { LRUCache } from 'lru-cache';

export interface StudyArea {
  grid: GridSpec;
  /** 1 for cells whose centre lies inside the boundaries (or every cell of the data extent). */
  mask: Uint8Array;
  cells: number;
  source: 'boundaries' | 'data_extent';
  layer: string | null;
}

// Building a mask tests every cell centre against the polygons: worth keeping per version and cell size.
const masks = new LRUCache<string, Promise<StudyArea>>({ max: 8 });

/** The grid and study-area mask for a cell size, cached per data version (boundaries bump it too). */
export function studyArea(db: Db, version: number, cell: number): Promise<StudyArea> {
  const key = `${version}:${cell}`;
  const cached = masks.get(key);
  if (cached) return cached;
  const built = buildStudyArea(db, cell);
  masks.set(key, built);
  built.catch(() => masks.delete(key));
  return built;
}

async function buildStudyArea(db: Db, cell: number): Promise<StudyArea> {
  // The coarsest layer (fewest areas) has the fewest polygons to test and the same outline.
  const layer = (await listLayers(db)).filter((l) => l.areas > 0).sort((a, b) => a.areas - b.areas)[0];
  if (!layer) {
    const extent = await contactExtent(db);
    const grid = checkedGrid(extent ?? { minE: 0, minN: 0, maxE: 0, maxN: 0 }, cell);
    const mask = new Uint8Array(cellCount(grid)).fill(extent ? 1 : 0);
    return { grid, mask, cells: extent ? mask.length : 0, source: 'data_extent', layer: null };
  }
  const features = await layerFeatures(db, layer.id);
  const corners = features.flatMap((f) => [
    wgs84ToBng(f.min_lon, f.min_lat),
    wgs84ToBng(f.min_lon, f.max_lat),
    wgs84ToBng(f.max_lon, f.min_lat),
    wgs84ToBng(f.max_lon, f.max_lat),
  ]);
  const grid = checkedGrid(
    {
      minE: Math.min(...corners.map((c) => c[0])),
      minN: Math.min(...corners.map((c) => c[1])),
      maxE: Math.max(...corners.map((c) => c[0])),
      maxN: Math.max(...corners.map((c) => c[1])),
    },
    cell,
  );
  const index = new AreaIndex(
    features.map((f) => ({ code: f.code, geometry: JSON.parse(f.geometry) as AreaGeometry })),
  );
  const mask = new Uint8Array(cellCount(grid));
  let cells = 0;
  for (let k = 0; k < mask.length; k++) {
    const { e, n } = cellCentre(grid, k);
    const [lon, lat] = bngToWgs84(e, n);
    if (index.inputAt(lon, lat) >= 0) {
      mask[k] = 1;
      cells += 1;
    }
  }
  return { grid, mask, cells, source: 'boundaries', layer: layer.id };
}

/** The grid over an extent, refused with the smallest workable cell when it would be too big. */
function checkedGrid(extent: BngExtent, cell: number): GridSpec {
  const grid = gridCovering(extent, cell);
  if (cellCount(grid) <= MAX_GRID_CELLS) return grid;
  const area = (extent.maxE - extent.minE + cell) * (extent.maxN - extent.minN + cell);
  const smallest = Math.ceil((1.05 * Math.sqrt(area / MAX_GRID_CELLS)) / 10) * 10;
  throw invalidInput(
    'cell',
    `A ${cell} m grid over this area would have ${cellCount(grid).toLocaleString('en-GB')} cells; the limit is ` +
      `${MAX_GRID_CELLS.toLocaleString('en-GB')}. Choose a cell of at least ${smallest} m.`,
  );
}
