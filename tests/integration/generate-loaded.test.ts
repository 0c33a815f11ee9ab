import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlantedTruth } from '../../server/contract/planted-truth.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { demoBoundaryLayers } from '../../server/generate/demoshire/demoshire-layers.ts';
import { buildDemoshire } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateIntoDb } from '../../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { testDb } from '../helpers/test-app.ts';

const RECORDS = 30_000;
let db: Db;
let truth: PlantedTruth;
beforeAll(async () => {
  db = await testDb();
  // The fictional district's polygons stored as if they were real, loaded layers with populations.
  const layers = demoBoundaryLayers(buildDemoshire()).map((l) => ({ ...l, source: 'ons' }));
  for (const layer of layers) await insertBoundaryLayer(db, layer);
  // Every other small area among the most deprived tenth, the rest among the least deprived.
  await db.run(sql`insert into area_deprivation (layer_id, area_code, imd_rank, imd_decile)
    select layer_id, code, row_number() over (order by code), case when row_number() over (order by code) % 2 = 0
      then 1 else 10 end from area where layer_id = 'small_area'`);
  ({ truth } = await generateIntoDb(db, { records: RECORDS, seed: 5, ...DEFAULT_PERIOD }));
});
afterAll(() => db.close());

describe('generate into loaded boundary layers', () => {
  it('places contacts in the finest layer with populations', () => {
    expect(truth.geography).toEqual({
      source: 'loaded',
      layerId: 'small_area',
      areas: 106,
      population: 163_676,
    });
    expect(truth.coldSpot.layerId).toBe('small_area');
  });

  it('tags every contact with an area of every layer, as ingest does, and none out of area', async () => {
    const rows = await db.all<{
      layer_id: string;
      n: number;
    }>(sql`select layer_id, count(distinct contact_id)::integer as n
      from contact_area group by all order by layer_id`);
    expect(rows).toEqual([
      { layer_id: 'district', n: RECORDS },
      { layer_id: 'small_area', n: RECORDS },
      { layer_id: 'ward', n: RECORDS },
    ]);
    const [out] = await db.all<{ n: number }>(
      sql`select count(*)::integer as n from contact where out_of_area`,
    );
    expect(out?.n).toBe(0);
  });

  it('puts more contacts per resident where deprivation is higher', async () => {
    const [r] = await db.all<{ deprived: number; affluent: number }>(sql`select
        sum(n) filter (where imd_decile = 1) / sum(population) filter (where imd_decile = 1) as deprived,
        sum(n) filter (where imd_decile = 10) / sum(population) filter (where imd_decile = 10) as affluent
      from (select a.code, a.population, d.imd_decile, count(ca.contact_id) as n from area a
        join area_deprivation d on d.layer_id = a.layer_id and d.area_code = a.code
        left join contact_area ca on ca.layer_id = a.layer_id and ca.area_code = a.code
        where a.layer_id = 'small_area' group by all)`);
    expect(r?.deprived).toBeGreaterThan(2 * (r?.affluent ?? 0));
  });
});
