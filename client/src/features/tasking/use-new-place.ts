import { DrawnPolygon, isDrawnLayer } from '../../../../server/contract/drawn-areas.ts';
import type { ProblemPlace } from '../../../../server/contract/tasking.ts';
import { useBoundaries } from '../../lib/api/boundaries.ts';
import { useOptions } from '../../lib/api/options.ts';
import type { PlaceParam } from './place-param.ts';

export interface NewPlace {
  /** What the user reads: the cell, or the area's name and layer. */
  label: string;
  /** The outline to show, when the client has it (areas and drawn areas; cells are made by the server). */
  geometry: unknown;
  /** What is sent; null while the area's outline is still loading or was not found. */
  place: ProblemPlace | null;
  error: string | null;
}

/** The place a new problem starts from, as the map's link gave it. A drawn area is sent as its outline. */
export function useNewPlace(param: PlaceParam | null): NewPlace | null {
  const layers = useOptions().data?.layers ?? [];
  const boundaries = useBoundaries(param?.kind === 'area' ? param.layer : '');
  if (!param) return null;
  if (param.kind === 'cells') {
    const size = param.cells[0]?.split('_')[0] ?? '';
    const what =
      param.cells.length === 1 ? `Hotspot cell ${param.cells[0]}` : `${param.cells.length} hotspot cells`;
    return { label: `${what} (${size} m square)`, geometry: null, place: param, error: null };
  }
  const feature = boundaries.data?.features.find((f) => f.properties.code === param.code);
  const drawn = isDrawnLayer(param.layer);
  const layerName = drawn ? 'drawn area' : (layers.find((l) => l.id === param.layer)?.name ?? param.layer);
  const label = feature ? `${feature.properties.name} (${layerName})` : `${param.code} (${layerName})`;
  if (boundaries.isError || (boundaries.isSuccess && !feature)) {
    return {
      label,
      geometry: null,
      place: null,
      error: `The area ${param.code} of ${layerName} was not found.`,
    };
  }
  if (!feature) return { label, geometry: null, place: null, error: null };
  const polygon = DrawnPolygon.safeParse(feature.geometry);
  const place: ProblemPlace =
    drawn && polygon.success
      ? { kind: 'polygon', geometry: polygon.data }
      : { kind: 'area', layer: param.layer, code: param.code };
  return { label, geometry: feature.geometry, place, error: null };
}
