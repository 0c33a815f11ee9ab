import { EVALUATION_LAYER_PREFIX } from '../../contract/hidden-layers.ts';
import type { Executor } from '../../db/database.ts';
import { geometryBox } from '../../geo/area-index.ts';
import { assignAreas } from '../../geo/assign-areas.ts';
import { storeLayerLookup } from '../../geo/layer-lookup.ts';
import { deleteLayer } from '../../queries/areas-admin.ts';
import { insertBoundaryLayer } from '../../queries/boundaries.ts';
import type { ZoneShapes } from './zone-shapes.ts';

export const ZONES = ['target', 'buffer', 'control'] as const;
export type Zone = (typeof ZONES)[number];

export const evaluationLayer = (problemId: number) => `${EVALUATION_LAYER_PREFIX}${problemId}`;

/**
 * Stores the zones as hidden layer eval_<problem id> (areas target, buffer, control), replacing the last
 * run's, and tags every contact inside them as a loaded layer would, so counting is SQL over contact_area.
 * Runs on the caller's transaction, which should count too: another run may replace the zones.
 */
export async function storeZones(
  tx: Executor,
  problemId: number,
  title: string,
  zones: ZoneShapes,
): Promise<string> {
  const layer = evaluationLayer(problemId);
  await deleteLayer(tx, layer);
  await insertBoundaryLayer(tx, {
    id: layer,
    name: `Evaluation of ${title}`,
    source: `evaluation zones of problem ${problemId}`,
    areas: ZONES.map((code) => ({
      code,
      name: code,
      population: null,
      geometry: zones[code],
      bbox: geometryBox(zones[code]),
    })),
  });
  await storeLayerLookup(tx, layer);
  await assignAreas(tx, 'all', [layer]);
  return layer;
}
