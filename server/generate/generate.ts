import type { Writable } from 'node:stream';
import type { PlantedTruth } from '../contract/planted-truth.ts';
import type { Db } from '../db/database.ts';
import type { GenerateOptions } from './generate-options.ts';
import { writeContactsCsv } from './output/csv-writer.ts';
import { loadWorld } from './output/db-loader.ts';
import { siteForDb } from './site/site-for-db.ts';
import { linkGeneratedBatch } from './store/link-generated.ts';
import type { Site } from './site/site.ts';
import { buildTruth } from './truth/build-truth.ts';
import { buildWorld } from './world/world.ts';

/**
 * Generates straight into a database: in its real layers when loaded, else in the fictional district.
 * Second reports to another agency are then linked as ingest links them, so incidents count once.
 */
export async function generateIntoDb(
  db: Db,
  options: GenerateOptions,
  source = 'generated',
): Promise<{ contacts: number; batchId: number; truth: PlantedTruth; linked: number }> {
  const { site, storeLayers } = await siteForDb(db);
  const world = buildWorld(site, options);
  const loaded = await loadWorld(db, world, {
    source,
    fileName: `generated, seed ${options.seed}`,
    storeLayers,
  });
  return { ...loaded, linked: await linkGeneratedBatch(db, loaded.batchId) };
}

/** Writes the canonical contact CSV to `out` (and ends it). */
export async function generateCsv(
  out: Writable,
  site: Site,
  options: GenerateOptions,
): Promise<{ rows: number; truth: PlantedTruth }> {
  const world = buildWorld(site, options);
  const truth = buildTruth(world);
  return { rows: await writeContactsCsv(world, out), truth };
}
