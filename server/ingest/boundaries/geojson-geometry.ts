import type { AreaGeometry } from '../../geo/boundary.ts';

/** Why a GeoJSON geometry cannot be an area, or null when it is a usable Polygon or MultiPolygon. */
export function geometryProblem(g: unknown): string | null {
  if (!isObject(g)) return 'has no geometry';
  if (g.type === 'Polygon') return polygonProblem(g.coordinates);
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0)
      return 'MultiPolygon coordinates must be a non-empty array of polygons';
    for (const [i, p] of g.coordinates.entries()) {
      const problem = polygonProblem(p);
      if (problem) return `MultiPolygon part ${i}: ${problem}`;
    }
    return null;
  }
  return `geometry type ${JSON.stringify(g.type)} is not Polygon or MultiPolygon`;
}

function polygonProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0)
    return 'Polygon coordinates must be a non-empty array of rings';
  for (const [r, ring] of rings.entries()) {
    const where = r === 0 ? 'outer ring' : `hole ${r}`;
    if (!Array.isArray(ring) || ring.length < 4) return `${where} needs at least 4 positions`;
    for (const [k, p] of ring.entries()) {
      const problem = positionProblem(p);
      if (problem) return `${where} position ${k}: ${problem}`;
    }
    const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
    if (first[0] !== last[0] || first[1] !== last[1])
      return `${where} is not closed (first and last positions differ)`;
  }
  return null;
}

function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2) return 'is not a [longitude, latitude] pair';
  const [lon, lat] = p as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
    return `${JSON.stringify(p)} is not a pair of numbers`;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return `${JSON.stringify(p)} is not WGS84 longitude/latitude (British National Grid metres? reproject to EPSG:4326 first)`;
  return null;
}

/** The geometry reduced to what is stored: type and [lon, lat] positions (a third value is dropped). */
export function storedGeometry(g: AreaGeometry): AreaGeometry {
  const ring = (r: number[][]) => r.map((p) => [p[0] as number, p[1] as number]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
