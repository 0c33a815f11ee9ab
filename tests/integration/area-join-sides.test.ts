import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { withJoinsAsWritten } from '../../server/db/joins-as-written.ts';
import { sql } from '../../server/db/sql.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import { fewerPointsThanCells, wholeCellMatches } from '../../server/geo/cell-matches.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { layerIds } from '../../server/queries/areas-admin.ts';
import { options, tempDir } from '../fixtures/ingest/ingest-kit.ts';
import { demoDb } from '../helpers/demo-db.ts';

// A batch's points meet the layers' lookup cells in one hash join, its table on the points when they are
// fewer (a monthly file of a thousand reports) and on the cells otherwise (a file of a million): both
// sides must give the same area rows.
const dir = tempDir();
let db: Db;
let batchId: number;
let layers: string[];

beforeAll(async () => {
  db = await demoDb(200);
  const file = path.join(dir, 'two-thousand.csv');
  await generateCsv(fs.createWriteStream(file), demoshireSite(), {
    records: 2_000,
    seed: 11,
    from: '2025-01-01',
    to: '2025-12-31',
  });
  const r = await ingestFile(db, file, options());
  if (r.outcome !== 'loaded' || r.batchId === null) throw new Error(`not loaded: ${r.message}`);
  batchId = r.batchId;
  layers = await layerIds(db);
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const matches = (fewPoints: boolean) =>
  withJoinsAsWritten(db, () =>
    db.all<{ id: number; layer_id: string; area_code: string; o: number }>(
      sql`select id::integer as id, layer_id, area_code, o::integer as o
        from (${wholeCellMatches({ batchId }, layers, fewPoints)}) order by layer_id, id`,
    ),
  );

describe('the join of points with lookup cells', () => {
  it('puts the hash table on 2,000 points, not on the cells of the demo layers', async () => {
    const cells = await db.all<{ n: number }>(sql`select count(*)::integer as n from area_cell`);
    expect(cells[0]?.n).toBeGreaterThan(2_000 * 5);
    expect(await fewerPointsThanCells(db, { batchId }, layers)).toBe(true);
  });

  it('puts it on the cells once the points outnumber them', async () => {
    const district = ['district'];
    const cells = await db.all<{ n: number }>(
      sql`select count(*)::integer as n from area_cell where layer_id = 'district'`,
    );
    // Every contact ten times over: 22,000 points, 110,000 keys against the district layer's 23,975 cells.
    const manyPoints = { batchId: -1, rows: sql`select c.* from contact c, range(10)` };
    const contacts = await db.all<{ n: number }>(sql`select count(*)::integer as n from contact`);
    expect((contacts[0]?.n ?? 0) * 10 * 5).toBeGreaterThan(cells[0]?.n ?? 0);
    expect(await fewerPointsThanCells(db, manyPoints, district)).toBe(false);
    expect(await fewerPointsThanCells(db, { batchId }, district)).toBe(true);
  });

  it('gives the same area rows, and the same ranks, either way round', async () => {
    const [pointsHashed, cellsHashed] = [await matches(true), await matches(false)];
    expect(pointsHashed.length).toBeGreaterThan(2_000);
    expect(pointsHashed).toEqual(cellsHashed);
    const stored = await db.all<{ n: number }>(
      sql`select count(*)::integer as n from contact_area ca join contact c on c.id = ca.contact_id
        where c.batch_id = ${batchId}`,
    );
    // The stored rows add the few points in cells an edge crosses, tested one by one.
    expect(pointsHashed.length).toBeLessThanOrEqual(stored[0]?.n ?? 0);
    expect(pointsHashed.length).toBeGreaterThan((stored[0]?.n ?? 0) * 0.8);
  });
});
