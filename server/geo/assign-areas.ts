import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { hasLookupCells, layerIds, realLayerIds } from '../queries/areas-admin.ts';
import { comesFilled, isFresh, scopeTags, type AssignScope } from './assign-scope.ts';
import { matchCells } from './cell-matches.ts';
import { insertExactMatches } from './exact-matches.ts';
import { fillCoordinates } from './fill-coordinates.ts';
import { layerAreas } from './layer-areas.ts';
import { storeLayerLookup } from './layer-lookup.ts';
import { flagOutOfArea, type AssignCounts } from './out-of-area.ts';

export type { AssignScope } from './assign-scope.ts';
export type { AssignCounts } from './out-of-area.ts';

/**
 * Gives every contact in scope the code of each layer's area holding it (contact_area) and flags
 * those outside every area of every layer (contact.out_of_area); they are kept. It first fills
 * lon/lat from easting/northing (and the reverse) where one pair is missing. Idempotent: the
 * scope's rows for the layers are replaced. Layers default to every loaded layer. Runs on the
 * caller's transaction.
 */
export async function assignAreas(
  tx: Executor,
  scope: AssignScope = 'all',
  layers?: readonly string[],
): Promise<AssignCounts> {
  if (!comesFilled(scope)) await fillCoordinates(tx, scope);
  const loaded = await layerIds(tx);
  const tags = isFresh(scope) ? null : await scopeTags(tx, scope);
  const wanted = layers ?? loaded;
  for (const layerId of wanted) {
    if (!loaded.includes(layerId)) throw new Error(`assignAreas: no boundary layer '${layerId}'`);
    if (!(await hasLookupCells(tx, layerId))) await storeLayerLookup(tx, layerId, { replace: false });
    if (tags) await tx.run(sql`delete from contact_area where layer_id = ${layerId} and ${tags}`);
  }
  // Every layer's cells in one join; only the points in cells an edge crosses are tested one by one.
  const crossed = await matchCells(tx, scope, wanted);
  // In the caller's order of layers, not the order the counts came back in: the same rows every run.
  for (const layerId of wanted) {
    const n = crossed.get(layerId) ?? 0;
    if (n > 0) await insertExactMatches(tx, n, layerId, await layerAreas(tx, layerId));
  }
  await tx.run(sql`drop table if exists geo_exact`);
  return flagOutOfArea(tx, scope, (await realLayerIds(tx)).length > 0);
}
