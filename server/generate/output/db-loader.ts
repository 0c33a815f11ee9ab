import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlantedTruth } from '../../contract/planted-truth.ts';
import type { Db } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import { assignAreas } from '../../geo/assign-areas.ts';
import { finishBatch, insertBatch } from '../../queries/batches.ts';
import { insertBoundaryLayer } from '../../queries/boundaries.ts';
import { addBatchRollup } from '../../queries/contact-rollup.ts';
import { bumpDataVersion, maxContactId } from '../../queries/meta.ts';
import { ensureGeneratedAgencies } from '../store/generated-agencies.ts';
import { saveTruth } from '../store/truth-store.ts';
import { buildTruth } from '../truth/build-truth.ts';
import type { World } from '../world/world.ts';
import { writeLines } from './csv-writer.ts';
import { tagByPlace } from './place-tags.ts';
import { STAGE_COLUMNS, StageLines } from './stage-line.ts';

export interface DbLoad {
  /** The batch's source (the demo's is 'demo'). */
  source: string;
  fileName: string | null;
  /** Store the site's own boundary layers first (an empty database getting the fictional district). */
  storeLayers: boolean;
}

/**
 * Loads the world's records in one transaction: its agencies where missing, boundary layers when
 * asked, one batch of contacts with their personal fields and areas, and what was planted. The
 * records go through a staging file that DuckDB reads in bulk, many times faster than appending
 * value by value.
 */
export async function loadWorld(
  db: Db,
  world: World,
  load: DbLoad,
): Promise<{ contacts: number; batchId: number; truth: PlantedTruth }> {
  const truth = buildTruth(world);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-generate-'));
  const file = path.join(dir, 'contacts.csv');
  try {
    const stage = new StageLines(world);
    const contacts = await writeLines(world, fs.createWriteStream(file), '', (bytes, d) =>
      stage.write(bytes, d),
    );
    return await db.transaction(async (tx, connection) => {
      await ensureGeneratedAgencies(tx);
      if (load.storeLayers)
        for (const layer of world.site.boundaryLayers ?? []) await insertBoundaryLayer(tx, layer);
      const firstId = (await maxContactId(tx)) + 1;
      const batchId = await insertBatch(tx, { source: load.source, fileName: load.fileName, loadedBy: null });
      await tx.run(sql`insert into contact (id, batch_id, agency_code, source_record_id, channel, received_at,
          received_on, time_precision, from_at, to_at, category, asb_type, lat, lon, easting, northing,
          location_ref, caller_ref, vulnerable, status, referral_partner, resolved_at, sla_target_hours)
        select serial + ${firstId}, ${batchId}, agency_code, source_record_id, channel, received_at,
          received_on, time_precision, from_at, to_at, category, asb_type, lat, lon, easting, northing,
          location_ref, caller_ref, vulnerable, status, referral_partner, resolved_at, sla_target_hours
        from ${staged(file)} order by received_on`);
      await tx.run(sql`insert into contact_personal (contact_id, name, phone, address, description)
        select serial + ${firstId}, name, phone, address, description from ${staged(file)}
        where coalesce(name, phone, address, description) is not null`);
      // The fictional district's areas are each place's own; a loaded layer's are found as ingest finds them.
      if (world.site.source === 'loaded') await assignAreas(tx, { batchId });
      else await tagByPlace(tx, connection, world, batchId);
      await finishBatch(tx, batchId, { rowsRead: contacts, rowsLoaded: contacts });
      await saveTruth(tx, batchId, truth);
      await addBatchRollup(tx, batchId);
      await bumpDataVersion(tx, { rollupKept: true });
      return { contacts, batchId, truth };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The staging file as a relation; the column types are the generator's own constants. */
function staged(file: string): Sql {
  const columns = Object.entries(STAGE_COLUMNS).map(([name, type]) => `'${name}': '${type}'`);
  const options = `header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns.join(', ')}}`;
  return sql`read_csv(${file}, ${{ text: options, params: [] }})`;
}
