import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { assignAreas, type AssignCounts } from '../../geo/assign-areas.ts';
import { storeLayerLookup } from '../../geo/layer-lookup.ts';
import { findLayer, insertBoundaryLayer } from '../../queries/boundaries.ts';
import { rebuildRollup } from '../../queries/contact-rollup.ts';
import { bumpDataVersion } from '../../queries/meta.ts';
import { fileProblem } from '../ingest-errors.ts';
import { readGeoJsonLayer, type GeoJsonLayerSpec } from './read-geojson-layer.ts';
import { clearLayerGeometry, keepAreaData, restoreAreaData } from './replace-layer.ts';

export interface BoundaryLoad extends GeoJsonLayerSpec {
  layerId: string;
  /** Display name, e.g. "LSOA 2011". */
  name: string;
}

export interface BoundaryLoadResult {
  layerId: string;
  areas: number;
  replaced: boolean;
  lookupCells: number;
  /** Population and deprivation rows whose codes left the layer on replacing it. */
  areaDataDropped: number;
  contacts: AssignCounts;
  ms: number;
}

const LAYER_ID = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Stores a boundary layer from GeoJSON in one transaction: its areas, its lookup cells, and every
 * contact's area in it. Replacing a layer keeps population and deprivation of codes still present.
 */
export async function loadBoundaryLayer(db: Db, load: BoundaryLoad): Promise<BoundaryLoadResult> {
  const started = performance.now();
  if (!LAYER_ID.test(load.layerId))
    throw fileProblem(load.file, `layer id '${load.layerId}' must be lower case letters, digits and _`);
  const areas = readGeoJsonLayer(load);
  return db.transaction(async (tx) => {
    const replaced = (await findLayer(tx, load.layerId)) !== null;
    const kept = replaced ? await keepAreaData(tx, load.layerId) : null;
    if (replaced) await clearLayerGeometry(tx, load.layerId);
    const source = `${path.basename(load.file)} (code ${load.codeProperty}, name ${load.nameProperty})`;
    await insertBoundaryLayer(tx, { id: load.layerId, name: load.name, source, areas });
    const areaDataDropped = kept ? await restoreAreaData(tx, load.layerId, kept) : 0;
    const { cells } = await storeLayerLookup(tx, load.layerId);
    const contacts = await assignAreas(tx, 'all', [load.layerId]);
    await bumpDataVersion(tx);
    await rebuildRollup(tx);
    const ms = Math.round(performance.now() - started);
    return {
      layerId: load.layerId,
      areas: areas.length,
      replaced,
      lookupCells: cells,
      areaDataDropped,
      contacts,
      ms,
    };
  });
}
