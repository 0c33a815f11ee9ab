import {
  ANSCOMBE_BELOW_MEAN,
  DEFAULT_BAND_CELLS,
  DEFAULT_BANDWIDTH_CELLS,
  DEFAULT_CELL_M,
  type HotspotMethod,
  type HotspotQuery,
} from '../../contract/hotspots.ts';

export interface HotspotParams {
  method: HotspotMethod;
  cell: number;
  band: number;
  bandwidth: number;
  all: boolean;
}

/** The query with every default filled in, so equal requests share one cache entry. */
export function hotspotParams(q: HotspotQuery): HotspotParams {
  const cell = q.cell ?? DEFAULT_CELL_M;
  return {
    method: q.method,
    cell,
    band: q.band ?? DEFAULT_BAND_CELLS * cell,
    bandwidth: q.bandwidth ?? DEFAULT_BANDWIDTH_CELLS * cell,
    all: q.all === 'true',
  };
}

export const defaultsFor = (cell: number) => ({
  cell: DEFAULT_CELL_M,
  band: DEFAULT_BAND_CELLS * cell,
  bandwidth: DEFAULT_BANDWIDTH_CELLS * cell,
  note:
    `Cell ${DEFAULT_CELL_M} m: street-block scale that still holds contacts over a year. ` +
    `Gi* band ${DEFAULT_BAND_CELLS} x cell: the cell and its 8 neighbours. ` +
    `KDE bandwidth ${DEFAULT_BANDWIDTH_CELLS} x cell: joins neighbouring cells but keeps street-scale peaks. ` +
    `Gi* runs on Anscombe-transformed counts when the mean per cell is under ${ANSCOMBE_BELOW_MEAN}.`,
});
