import type { DrawnArea, DrawnPolygon } from '../../contract/drawn-areas.ts';
import type { DrawnAreaRow } from '../../queries/drawn-areas.ts';
import type { SessionUser } from '../auth/session-user.ts';

/** A stored drawn area as the API answers it to this user. */
export const toDrawnArea = (r: DrawnAreaRow, user: SessionUser): DrawnArea => ({
  layer: r.layer,
  code: r.code,
  name: r.name,
  shared: r.shared,
  createdBy: r.created_by ?? 'a removed user',
  createdAt: r.created_at,
  mine: r.created_by_id === user.id,
  canDelete: r.created_by_id === user.id || user.role === 'admin',
  contacts: r.contacts,
  areaKm2: Math.round(r.area_m2 / 1e4) / 100,
  geometry: JSON.parse(r.geometry) as DrawnPolygon,
});
