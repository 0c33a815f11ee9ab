import { bboxOf, closeRing, type Bbox, type Ring } from './polygon.ts';

/** A GeoJSON polygon or multipolygon in WGS84 lon/lat, as stored in area.geometry. */
export type AreaGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** One row of the area table: a polygon of a boundary layer with its population. */
export interface BoundaryArea {
  code: string;
  name: string;
  population: number | null;
  geometry: AreaGeometry;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: Bbox;
}

export interface BoundaryLayer {
  id: string;
  name: string;
  source: string;
  areas: readonly BoundaryArea[];
}

/** A single-ring area from a lon/lat ring. */
export function polygonArea(
  a: { code: string; name: string; population: number | null },
  lonLat: Ring,
): BoundaryArea {
  return {
    ...a,
    geometry: { type: 'Polygon', coordinates: [closeRing(lonLat).map(([x, y]) => [x, y])] },
    bbox: bboxOf(lonLat),
  };
}
