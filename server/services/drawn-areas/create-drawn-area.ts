import { randomBytes } from 'node:crypto';
import {
  DRAWN_LAYER_PREFIX,
  MAX_DRAWN_AREAS_PER_USER,
  type DrawnArea,
  type NewDrawnArea,
} from '../../contract/drawn-areas.ts';
import type { Db } from '../../db/database.ts';
import { geometryBox } from '../../geo/area-index.ts';
import { assignAreas } from '../../geo/assign-areas.ts';
import { storeLayerLookup } from '../../geo/layer-lookup.ts';
import { insertBoundaryLayer } from '../../queries/boundaries.ts';
import {
  baseLayersExtent,
  countDrawnBy,
  insertDrawnArea,
  listDrawnAreas,
  nextDrawnNumber,
} from '../../queries/drawn-areas.ts';
import { AppError } from '../../errors.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { checkOutline } from './check-outline.ts';
import { toDrawnArea } from './drawn-area-dto.ts';

/**
 * Stores an outline drawn on the map as a boundary layer of one area and tags every contact inside
 * it, with the same lookup cells and exact test as a loaded layer, so each later load tags it too.
 */
export async function createDrawnArea(db: Db, user: SessionUser, input: NewDrawnArea): Promise<DrawnArea> {
  const areaM2 = checkOutline(input.geometry, await baseLayersExtent(db));
  if ((await countDrawnBy(db, user.id)) >= MAX_DRAWN_AREAS_PER_USER)
    throw new AppError(
      'too_many_drawn_areas',
      409,
      `You have ${MAX_DRAWN_AREAS_PER_USER} drawn areas, the most one user may keep: delete some first.`,
    );
  const geometry = { type: 'Polygon' as const, coordinates: input.geometry.coordinates.map(twoD) };
  const row = await db.transaction(async (tx) => {
    const n = await nextDrawnNumber(tx);
    const code = unguessableCode();
    const layer = `${DRAWN_LAYER_PREFIX}${code}`;
    const name = input.name || `Drawn area ${n}`;
    const area = { code, name, population: null, geometry, bbox: geometryBox(geometry) };
    await insertBoundaryLayer(tx, {
      id: layer,
      name,
      source: `drawn on the map by ${user.username}`,
      areas: [area],
    });
    await insertDrawnArea(tx, { code, layer, name, shared: input.shared, createdBy: user.id, areaM2 });
    await storeLayerLookup(tx, layer);
    await assignAreas(tx, 'all', [layer]);
    return (await listDrawnAreas(tx, { userId: user.id, all: true }, code))[0];
  });
  if (!row) throw new Error('createDrawnArea: the stored area could not be read back');
  return toDrawnArea(row, user);
}

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

// Random, not numbered: a private area is unlisted, and others must not find it by counting.
const unguessableCode = () => Array.from(randomBytes(10), (b) => ALPHABET[b % 32]).join('');

const twoD = (ring: readonly (readonly number[])[]): number[][] =>
  ring.map((p) => [p[0] as number, p[1] as number]);
