import type { Db } from '../../db/database.ts';
import { flagOutOfArea } from '../../geo/out-of-area.ts';
import { deleteLayer, realLayerIds } from '../../queries/areas-admin.ts';
import { deleteDrawnArea, listDrawnAreas } from '../../queries/drawn-areas.ts';
import { AppError, notFound } from '../../errors.ts';
import type { SessionUser } from '../auth/session-user.ts';

/** Removes a drawn area with its layer and contact tags; only whoever drew it or an administrator may. */
export async function removeDrawnArea(db: Db, user: SessionUser, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [area] = await listDrawnAreas(tx, { userId: user.id, all: true }, code);
    if (!area) throw notFound(`Drawn area '${code}'`);
    if (area.created_by_id !== user.id && user.role !== 'admin')
      throw new AppError('forbidden', 403, 'Only whoever drew this area or an administrator may delete it.');
    await deleteLayer(tx, area.layer);
    await deleteDrawnArea(tx, code);
    // A contact outside every base area but inside this outline is out of area again.
    await flagOutOfArea(tx, 'all', (await realLayerIds(tx)).length > 0);
  });
}
