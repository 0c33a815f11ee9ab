import { cellColRow, type GridSpec } from '../../analytics/hotspot/grid.ts';
import type { HotspotCells } from '../../contract/hotspots.ts';
import { toFixedNumber, toPrecision4 } from './rounding.ts';
import type { MethodResult } from './run-method.ts';
import type { StudyArea } from './study-area.ts';

/** The cells' stable ids: their size and place on the national lattice of that size. */
export function cellIds(g: GridSpec, cells: readonly number[]): string[] {
  const [col0, row0] = [Math.round(g.originE / g.cellSize), Math.round(g.originN / g.cellSize)];
  return cells.map((k) => {
    const { col, row } = cellColRow(g, k);
    return `${g.cellSize}_${col0 + col}_${row0 + row}`;
  });
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

/** A word per cell as the distinct words and each cell's index among them. */
function coded<T extends string>(words: readonly T[]): { keys: T[]; codes: number[] } {
  const index = new Map<T, number>();
  const codes = words.map((w) => {
    let code = index.get(w);
    if (code === undefined) index.set(w, (code = index.size));
    return code;
  });
  return { keys: [...index.keys()], codes };
}

/** The cells as columns (one array per figure), rounded to what a map or a reader needs. */
export function cellColumns(
  g: GridSpec,
  cells: number[],
  counts: Float64Array,
  r: MethodResult,
): HotspotCells {
  const out: HotspotCells = {
    ids: cellIds(g, cells),
    counts: cells.map((k) => counts[k] as number),
  };
  if (r.density) out.density = cells.map((k) => toPrecision4(r.density?.[k] as number));
  const gi = r.giStar;
  if (gi) {
    out.z = cells.map((k) => toFixedNumber(gi.z[k] as number, 4));
    out.p = cells.map((k) => toPrecision4(gi.p[k] as number));
    out.pAdjusted = cells.map((k) => toPrecision4(gi.pAdjusted[k] as number));
    out.classes = coded(cells.map((k) => gi.classes[k] ?? 'not_significant'));
  }
  const em = r.emerging;
  if (em) {
    out.emerging = coded(cells.map((k) => em.classes[k] ?? 'none'));
    out.trendZ = cells.map((k) => toFixedNumber(em.trendZ[k] as number, 4));
    out.trendP = cells.map((k) => toPrecision4(em.trendP[k] as number));
  }
  return out;
}
