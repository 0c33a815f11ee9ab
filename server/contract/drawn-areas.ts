import { z } from 'zod';
import type { Role } from './auth.ts';

/** A drawn area is a boundary layer of its own, drawn_<code>, holding its one area <code>. */
export const DRAWN_LAYER_PREFIX = 'drawn_';
export const isDrawnLayer = (layer: string): boolean => layer.startsWith(DRAWN_LAYER_PREFIX);
export const MAX_DRAWN_CORNERS = 500;
export const MAX_DRAWN_AREAS_PER_USER = 50;
export const MAX_DRAWN_NAME = 80;
/** Who may draw and delete; every role may list shared areas and filter by them. */
export const DRAWING_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];

const Position = z.tuple(
  [
    z.number().min(-180, 'longitude must be -180 to 180').max(180, 'longitude must be -180 to 180'),
    z.number().min(-90, 'latitude must be -90 to 90').max(90, 'latitude must be -90 to 90'),
  ],
  z.number(),
);

const Ring = z
  .array(Position)
  .min(4, 'needs at least 3 corners (4 positions, the first repeated last)')
  .max(MAX_DRAWN_CORNERS + 1, `may have at most ${MAX_DRAWN_CORNERS} corners`)
  .refine((r) => {
    const [first, last] = [r[0], r[r.length - 1]];
    return !!first && !!last && first[0] === last[0] && first[1] === last[1];
  }, 'must be closed: the last position repeats the first');

/** A simple GeoJSON Polygon in WGS84 [longitude, latitude]: one ring, no holes. */
export const DrawnPolygon = z.object({
  type: z.literal('Polygon', { error: 'must be "Polygon"' }),
  coordinates: z.array(Ring).length(1, 'must be one ring (holes are not supported)'),
});
export type DrawnPolygon = z.infer<typeof DrawnPolygon>;

export const NewDrawnArea = z.object({
  name: z.string().trim().max(MAX_DRAWN_NAME, `must be at most ${MAX_DRAWN_NAME} characters`).optional(),
  /** Shared areas are listed for every user, not only the one who drew it. */
  shared: z.boolean().default(false),
  geometry: DrawnPolygon,
});
export type NewDrawnArea = z.infer<typeof NewDrawnArea>;

export const DrawnArea = z.object({
  layer: z.string(),
  code: z.string(),
  name: z.string(),
  shared: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  /** Drawn by the user asking (so they may delete it). */
  mine: z.boolean(),
  /** Whoever drew it and administrators may delete it. */
  canDelete: z.boolean(),
  /** Contacts of all periods inside the outline; the filters narrow this on every page. */
  contacts: z.number().int(),
  areaKm2: z.number(),
  geometry: DrawnPolygon,
});
export type DrawnArea = z.infer<typeof DrawnArea>;

export const DrawnAreaList = z.object({
  areas: z.array(DrawnArea),
  /** How many areas one user may keep. */
  limit: z.number().int(),
  /** The user's role may draw (the board's may only apply shared areas). */
  canDraw: z.boolean(),
});
export type DrawnAreaList = z.infer<typeof DrawnAreaList>;
