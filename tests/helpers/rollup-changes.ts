import fs from 'node:fs';
import path from 'node:path';
import type { Db, Executor } from '../../server/db/database.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import { assignAreas } from '../../server/geo/assign-areas.ts';
import { polygonArea } from '../../server/geo/boundary.ts';
import { loadBoundaryLayer } from '../../server/ingest/boundaries/load-boundary-layer.ts';
import { removeBoundaryLayer } from '../../server/ingest/boundaries/remove-boundary-layer.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { DEFAULT_LINK } from '../../server/ingest/ingest-options.ts';
import { removeBatch } from '../../server/ingest/remove-batch.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { rebuildRollup } from '../../server/queries/contact-rollup.ts';
import { purgeExpired } from '../../server/services/retention/purge-expired.ts';
import { setAgencyRetention } from '../../server/services/retention/set-retention.ts';
import { demoDb } from './demo-db.ts';

/** A square area of side 2d degrees around (lon, lat). */
export function squareArea(code: string, lon: number, lat: number, d: number) {
  return polygonArea({ code, name: code, population: 1000 }, [
    [lon - d, lat - d],
    [lon + d, lat - d],
    [lon + d, lat + d],
    [lon - d, lat + d],
  ]);
}

/**
 * A demo database with a drawn outline `drawn_1` (area D1): a hidden layer, so not in the rollups, and
 * a filter on it counts contacts directly.
 */
export async function demoDbWithOutline(records: number): Promise<Db> {
  const db = await demoDb(records);
  const drawn = {
    id: 'drawn_1',
    name: 'Drawn',
    source: 'test',
    areas: [squareArea('D1', -1.4, 52.22, 0.03)],
  };
  await db.transaction(async (tx) => {
    await insertBoundaryLayer(tx, drawn);
    await assignAreas(tx, 'all', ['drawn_1']);
  });
  return db;
}

/** What `read` gives now, and after every rollup is counted again from scratch (in a transaction undone). */
export async function keptAndRebuilt<T>(
  db: Db,
  read: (db: Executor) => Promise<T>,
  slice?: number,
): Promise<{ kept: T; rebuilt: T }> {
  const kept = await read(db);
  let rebuilt = kept;
  await db
    .transaction(async (tx) => {
      await rebuildRollup(tx, slice);
      rebuilt = await read(tx);
      throw new Error('undo');
    })
    .catch((e: unknown) => {
      if (!(e instanceof Error) || e.message !== 'undo') throw e;
    });
  return { kept, rebuilt };
}

export type RollupChange =
  'ingested' | 'loaded to remove' | 'removed' | 'purged' | 'layer loaded' | 'layer removed';

/**
 * The changes every per-batch table must follow, on a demo database: a generated file ingested, a second
 * one ingested and removed, a purge of police contacts over 24 months old, a base layer `beat` (B1 and
 * B2 beside each other) loaded, and removed. `after` runs after each (and once before the removal, with
 * the batch about to go); `dir` holds the files written.
 */
export async function rollupChanges(
  db: Db,
  dir: string,
  after: (change: RollupChange, batchId: number | null) => Promise<void>,
): Promise<void> {
  const load = async (name: string, records: number, seed: number, from: string) => {
    const csv = path.join(dir, name);
    await generateCsv(fs.createWriteStream(csv), demoshireSite(), { records, seed, from, to: '2026-10-31' });
    const r = await ingestFile(db, csv, {
      format: 'contacts',
      onError: 'reject-file',
      user: 'test',
      link: DEFAULT_LINK,
    });
    if (r.outcome !== 'loaded' || r.batchId === null) throw new Error(`not loaded: ${r.outcome}`);
    return r.batchId;
  };
  await after('ingested', await load('more.csv', 3_000, 99, '2024-01-01'));
  const again = await load('second.csv', 2_000, 100, '2025-01-01');
  await after('loaded to remove', again);
  await removeBatch(db, again);
  await after('removed', again);

  await setAgencyRetention(db, 'police', 24);
  const purged = await purgeExpired(db, { asOf: '2026-11-15', dryRun: false });
  if (!((purged.agencies.find((a) => a.agency === 'police')?.contacts ?? 0) > 0))
    throw new Error('nothing purged');
  await after('purged', null);

  const geojson = path.join(dir, 'beats.geojson');
  const feature = (code: string, lon: number) => ({
    type: 'Feature',
    properties: { code, name: `Beat ${code}` },
    geometry: squareArea(code, lon, 52.22, 0.05).geometry,
  });
  fs.writeFileSync(
    geojson,
    JSON.stringify({ type: 'FeatureCollection', features: [feature('B1', -1.45), feature('B2', -1.35)] }),
  );
  await loadBoundaryLayer(db, {
    file: geojson,
    codeProperty: 'code',
    nameProperty: 'name',
    layerId: 'beat',
    name: 'Beats',
  });
  await after('layer loaded', null);
  await removeBoundaryLayer(db, 'beat');
  await after('layer removed', null);
}
