import type { Executor } from '../db/database.ts';
import { layerGeometries } from '../queries/areas-admin.ts';
import type { IndexedArea } from './area-index.ts';
import type { AreaGeometry } from './boundary.ts';

/** A stored layer's areas with their geometry parsed, in code order. */
export async function layerAreas(db: Executor, layerId: string): Promise<IndexedArea[]> {
  const rows = await layerGeometries(db, layerId);
  return rows.map((r) => ({ code: r.code, geometry: JSON.parse(r.geometry) as AreaGeometry }));
}
