import { AREA_CODE, LAYER_ID } from '../../../../server/contract/filters.ts';

/**
 * Where a new problem is, as the map puts it in the link to /tasking/new (`place=`):
 * `cells:<cell id>` for a hotspot cell, `area:<layer>:<code>` for an area of a layer or a drawn area.
 */
export type PlaceParam = { kind: 'cells'; cells: string[] } | { kind: 'area'; layer: string; code: string };

const CELL_ID = /^\d{2,4}(\.\d+)?_-?\d{1,7}_-?\d{1,7}$/;

export function readPlaceParam(value: string | null): PlaceParam | null {
  if (!value) return null;
  const [kind, a = '', b = ''] = value.split(':');
  if (kind === 'cells') {
    const cells = a.split(',').filter((c) => CELL_ID.test(c));
    return cells.length > 0 ? { kind: 'cells', cells } : null;
  }
  if (kind === 'area' && LAYER_ID.test(a) && AREA_CODE.test(b)) return { kind: 'area', layer: a, code: b };
  return null;
}
