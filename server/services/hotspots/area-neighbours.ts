import { contiguity, type AreaRings, type Position } from '../../analytics/hotspot/contiguity.ts';
import type { Db } from '../../db/database.ts';
import type { AreaGeometry } from '../../geo/boundary.ts';
import { wgs84ToBng } from '../../geo/projection.ts';
import { layerGeometries } from '../../queries/areas-admin.ts';
import { LRUCache } from 'lru-cache';

export interface LayerNeighbours {
  /** Area codes in the order of `neighbours`. */
  codes: string[];
  /** Queen neighbours of each area as indexes into `codes`, itself excluded. */
  neighbours: number[][];
}

// Projecting and matching the vertices of ~600 polygons is geometry work: keep it per version and layer.
const kept = new LRUCache<string, Promise<LayerNeighbours>>({ max: 16 });

/** The layer's queen contiguity, cached per data version (loading boundaries bumps it). */
export function layerNeighbours(db: Db, version: number, layerId: string): Promise<LayerNeighbours> {
  const key = `${version}:${layerId}`;
  const cached = kept.get(key);
  if (cached) return cached;
  const built = build(db, layerId);
  kept.set(key, built);
  built.catch(() => kept.delete(key));
  return built;
}

async function build(db: Db, layerId: string): Promise<LayerNeighbours> {
  const rows = await layerGeometries(db, layerId);
  const rings = rows.map((r) => ringsInBng(JSON.parse(r.geometry) as AreaGeometry));
  return { codes: rows.map((r) => r.code), neighbours: contiguity(rings, { rule: 'queen' }) };
}

/** Every ring of every part in British National Grid metres, where the vertex tolerance is in metres. */
function ringsInBng(g: AreaGeometry): AreaRings {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flat().map((ring) => ring.map(([lon, lat]): Position => wgs84ToBng(lon ?? 0, lat ?? 0)));
}
