import type { Db } from '../db/database.ts';
import { finishBatch, insertBatch } from '../queries/batches.ts';
import { insertBoundaryLayer } from '../queries/boundaries.ts';
import { bumpDataVersion, maxContactId } from '../queries/meta.ts';
import { appendContacts } from './contact-writer.ts';
import { generateDemoContacts } from './demo-contacts.ts';
import { DEMO_SOURCE, demoBoundaryLayers } from './demo-layers.ts';
import { buildDemoWorld } from './demo-world.ts';

export interface DemoLoadOptions {
  records: number;
  seed: number;
  /** Data ends with the last complete month before this date (default DEMO_REFERENCE_DATE). */
  referenceDate?: string;
  /** Also store the demo boundary layers (district, ward, small_area). */
  boundaries: boolean;
}

/** Generates and stores the demo dataset in one transaction: boundaries, a batch, contacts and their areas. */
export async function loadDemoData(
  db: Db,
  options: DemoLoadOptions,
): Promise<{ contacts: number; ms: number }> {
  const started = performance.now();
  const world = buildDemoWorld(options.seed, options.referenceDate);
  const contacts = await db.transaction(async (tx, connection) => {
    if (options.boundaries) {
      for (const layer of demoBoundaryLayers(world.geography)) await insertBoundaryLayer(tx, layer);
    }
    const firstId = (await maxContactId(tx)) + 1;
    const batchId = await insertBatch(tx, { source: DEMO_SOURCE, fileName: null, loadedBy: null });
    const records = generateDemoContacts(world, { count: options.records, seed: options.seed, firstId });
    const n = await appendContacts(connection, batchId, records);
    await finishBatch(tx, batchId, { rowsRead: n, rowsLoaded: n });
    await bumpDataVersion(tx);
    return n;
  });
  return { contacts, ms: Math.round(performance.now() - started) };
}
