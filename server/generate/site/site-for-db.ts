import type { Executor } from '../../db/database.ts';
import { listLayers } from '../../queries/boundaries.ts';
import { demoshireSite } from '../demoshire/demoshire-site.ts';
import { DEMO_SOURCE, LAYER } from '../demoshire/demoshire-layers.ts';
import { loadedSite } from './loaded-site.ts';
import type { Site } from './site.ts';
import { GeneratorError } from '../generator-error.ts';

/**
 * Where contacts go for a database: its own boundary layers when real ones are loaded, otherwise the
 * fictional district (whose layers must then be stored, unless the same ones already are).
 */
export async function siteForDb(db: Executor): Promise<{ site: Site; storeLayers: boolean }> {
  const layers = await listLayers(db);
  const loaded = layers.filter((l) => l.source !== DEMO_SOURCE);
  if (loaded.length > 0)
    return {
      site: await loadedSite(
        db,
        loaded.map((l) => l.id),
      ),
      storeLayers: false,
    };
  const site = demoshireSite();
  const stored = layers.find((l) => l.id === LAYER.smallArea);
  if (layers.length > 0 && stored?.areas !== site.areas.length)
    throw new GeneratorError(
      'The stored demo boundary layers are not the fictional district this version draws.',
    );
  return { site, storeLayers: layers.length === 0 };
}
