import { cellCentre, cellColRow, type GridSpec } from '../../analytics/hotspot/grid.ts';
import type { HotspotCells } from '../../contract/hotspots.ts';
import { bngToWgs84 } from '../../geo/projection.ts';
import type { MethodResult } from './run-method.ts';
import type { StudyArea } from './study-area.ts';

const sig = (x: number) => Number(x.toPrecision(4));
const fixed = (x: number, digits: number) => Number(x.toFixed(digits));

/** A cell's stable id: its size and place on the national lattice of that size. */
export function cellId(g: GridSpec, k: number): string {
  const { col, row } = cellColRow(g, k);
  const [col0, row0] = [Math.round(g.originE / g.cellSize), Math.round(g.originN / g.cellSize)];
  return `${g.cellSize}_${col0 + col}_${row0 + row}`;
}

/** Study-area cells worth drawing: with contacts, density or a significant class; every one when `all`. */
export function shownCells(area: StudyArea, counts: Float64Array, r: MethodResult, all: boolean): number[] {
  const shown: number[] = [];
  for (let k = 0; k < counts.length; k++) {
    if (!area.mask[k]) continue;
    const significant =
      (r.giStar ? r.giStar.classes[k] !== 'not_significant' : false) ||
      (r.emerging ? r.emerging.classes[k] !== 'none' : false);
    if (all || (counts[k] as number) > 0 || significant || (r.density?.[k] ?? 0) > 0) shown.push(k);
  }
  return shown;
}

/** The cells as columns (one array per figure), rounded to what a map or a reader needs. */
export function cellColumns(
  g: GridSpec,
  cells: number[],
  counts: Float64Array,
  r: MethodResult,
): HotspotCells {
  const out: HotspotCells = { ids: [], easting: [], northing: [], bounds: [], counts: [] };
  const half = g.cellSize / 2;
  for (const k of cells) {
    const { e, n } = cellCentre(g, k);
    const [west, south] = bngToWgs84(e - half, n - half);
    const [east, north] = bngToWgs84(e + half, n + half);
    out.ids.push(cellId(g, k));
    out.easting.push(e);
    out.northing.push(n);
    out.bounds.push(fixed(south, 6), fixed(west, 6), fixed(north, 6), fixed(east, 6));
    out.counts.push(counts[k] as number);
  }
  if (r.density) out.density = cells.map((k) => sig(r.density?.[k] as number));
  const gi = r.giStar;
  if (gi) {
    out.z = cells.map((k) => fixed(gi.z[k] as number, 4));
    out.p = cells.map((k) => sig(gi.p[k] as number));
    out.pAdjusted = cells.map((k) => sig(gi.pAdjusted[k] as number));
    out.classes = cells.map((k) => gi.classes[k] ?? 'not_significant');
  }
  const em = r.emerging;
  if (em) {
    out.emerging = cells.map((k) => em.classes[k] ?? 'none');
    out.trendZ = cells.map((k) => fixed(em.trendZ[k] as number, 4));
    out.trendP = cells.map((k) => sig(em.trendP[k] as number));
  }
  return out;
}
