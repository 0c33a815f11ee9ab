import type { Db } from '../../db/database.ts';
import { flagOutOfArea, type AssignCounts } from '../../geo/out-of-area.ts';
import { deleteLayer, realLayerIds } from '../../queries/areas-admin.ts';
import { findLayer } from '../../queries/boundaries.ts';
import { rebuildRollup } from '../../queries/contact-rollup.ts';
import { bumpDataVersion } from '../../queries/meta.ts';
import { notFound } from '../../errors.ts';

/** Removes a layer and everything derived from it, then re-flags contacts that were inside only it. */
export async function removeBoundaryLayer(db: Db, layerId: string): Promise<AssignCounts> {
  return db.transaction(async (tx) => {
    if ((await findLayer(tx, layerId)) === null) throw notFound(`Boundary layer '${layerId}'`);
    await deleteLayer(tx, layerId);
    const counts = await flagOutOfArea(tx, 'all', (await realLayerIds(tx)).length > 0);
    await bumpDataVersion(tx);
    await rebuildRollup(tx);
    return counts;
  });
}
