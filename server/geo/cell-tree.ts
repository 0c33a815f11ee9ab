import type { BoundingBox } from 'lineclip';
import { AreaIndex, geometryBox, type IndexedArea } from './area-index.ts';
import { cellBox, cellKey, children, FINEST_LEVEL, JOIN_LEVELS, ROOT_LEVEL, type Cell } from './cell-key.ts';
import { SegmentIndex } from './segment-index.ts';

/**
 * Lookup cells of one join level: cell keys and, for each, the position (in the input areas) of the
 * area holding all of it, or -1 where an edge crosses it.
 */
export interface LevelCells {
  level: number;
  keys: number[];
  areas: number[];
}

// About 0.1 mm: an edge that grazes a cell within rounding error still marks it as crossed.
const EPS = 1e-9;

/**
 * Classifies quadtree cells over a layer: a cell no edge touches lies wholly in one area (decided
 * by its centre) or in none; a touched cell is split until the finest level, where its points are
 * left to the exact test. Coarse cells are emitted as their cells at the next join level.
 */
export function buildLookupCells(areas: readonly IndexedArea[]): LevelCells[] {
  const out = JOIN_LEVELS.map((level): LevelCells => ({ level, keys: [], areas: [] }));
  if (areas.length === 0) return out;
  const areaIndex = new AreaIndex(areas);
  const segments = new SegmentIndex(areas.map((a) => a.geometry));
  const visit = (cell: Cell, near: readonly number[], among: readonly number[]): void => {
    const [x0, y0, x1, y1] = cellBox(cell);
    const candidates = areaIndex.within(among, x0, y0, x1, y1);
    if (candidates.length === 0) return;
    const grown: BoundingBox = [x0 - EPS, y0 - EPS, x1 + EPS, y1 + EPS];
    const crossing = segments.touching(grown, near);
    if (crossing.length === 0) {
      const area = areaIndex.inputAt((x0 + x1) / 2, (y0 + y1) / 2, candidates);
      if (area >= 0) emit(out, cell, area);
    } else if (cell.level >= FINEST_LEVEL) {
      emit(out, cell, -1);
    } else {
      for (const child of children(cell)) visit(child, crossing, candidates);
    }
  };
  for (const root of rootCells(areas)) {
    const box = cellBox(root);
    visit(root, segments.near(box), areaIndex.candidates(...box));
  }
  return out;
}

function rootCells(areas: readonly IndexedArea[]): Cell[] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of areas) {
    const [x0, y0, x1, y1] = geometryBox(a.geometry);
    [minX, minY, maxX, maxY] = [
      Math.min(minX, x0),
      Math.min(minY, y0),
      Math.max(maxX, x1),
      Math.max(maxY, y1),
    ];
  }
  const [sx, sy] = [2 ** ROOT_LEVEL, 2 ** (ROOT_LEVEL + 1)];
  const cells: Cell[] = [];
  for (let ix = Math.floor(minX * sx); ix <= Math.floor(maxX * sx); ix++)
    for (let iy = Math.floor(minY * sy); iy <= Math.floor(maxY * sy); iy++)
      cells.push({ level: ROOT_LEVEL, ix, iy });
  return cells;
}

function emit(out: LevelCells[], cell: Cell, area: number): void {
  const target = out.find((l) => l.level >= cell.level) as LevelCells;
  const side = 2 ** (target.level - cell.level);
  for (let dx = 0; dx < side; dx++)
    for (let dy = 0; dy < side; dy++) {
      target.keys.push(cellKey({ level: target.level, ix: cell.ix * side + dx, iy: cell.iy * side + dy }));
      target.areas.push(area);
    }
}
