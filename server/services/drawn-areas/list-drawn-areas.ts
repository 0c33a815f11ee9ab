import { DRAWING_ROLES, MAX_DRAWN_AREAS_PER_USER, type DrawnAreaList } from '../../contract/drawn-areas.ts';
import type { Db } from '../../db/database.ts';
import { listDrawnAreas } from '../../queries/drawn-areas.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { toDrawnArea } from './drawn-area-dto.ts';

/** The areas a user may re-apply: their own and those shared; an administrator sees every one. */
export async function getDrawnAreas(db: Db, user: SessionUser): Promise<DrawnAreaList> {
  const rows = await listDrawnAreas(db, { userId: user.id, all: user.role === 'admin' });
  return {
    areas: rows.map((r) => toDrawnArea(r, user)),
    limit: MAX_DRAWN_AREAS_PER_USER,
    canDraw: DRAWING_ROLES.includes(user.role),
  };
}
