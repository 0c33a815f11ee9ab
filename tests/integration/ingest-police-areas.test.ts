import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { loadBoundaryLayer } from '../../server/ingest/boundaries/load-boundary-layer.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import type { FileReport } from '../../server/ingest/ingest-report.ts';
import { filesIn, one, options, POLICE_DIR } from '../fixtures/ingest/ingest-kit.ts';
import { SHARED_DATA } from '../helpers/shared-data.ts';
import { testDb } from '../helpers/test-app.ts';

const BOUNDARIES = path.join(SHARED_DATA, 'boundaries/llr');

/** ASB by district through data.police.uk's own LSOA code (SOURCES.md, section 1). */
const BY_DISTRICT = {
  Leicester: 17_889,
  Charnwood: 6_324,
  'North West Leicestershire': 3_120,
  'Hinckley and Bosworth': 2_706,
  Blaby: 2_588,
  Harborough: 1_992,
  'Oadby and Wigston': 1_462,
  Melton: 1_382,
  Rutland: 497,
};

let db: Db;
let reports: FileReport[];
beforeAll(async () => {
  db = await testDb();
  await loadBoundaryLayer(db, {
    file: path.join(BOUNDARIES, 'llr_lsoa2011_bgc.geojson'),
    layerId: 'lsoa11',
    name: 'LSOA 2011',
    codeProperty: 'LSOA11CD',
    nameProperty: 'LSOA11NM',
  });
  await loadBoundaryLayer(db, {
    file: path.join(BOUNDARIES, 'llr_lad_from_wards2025.geojson'),
    layerId: 'district',
    name: 'District',
    codeProperty: 'LAD_CODE',
    nameProperty: 'LAD_NAME',
  });
  reports = [];
  for (const f of filesIn(path.join(POLICE_DIR, 'street_asb'), '.csv'))
    reports.push(await ingestFile(db, f, options({ format: 'police-uk' })));
}, 300_000);
afterAll(() => db.close());

describe('the 40 ASB files with the LLR boundaries loaded', () => {
  it('flags exactly 98 contacts as out of area, and keeps them', async () => {
    expect(reports.reduce((a, r) => a + r.counts.outOfArea, 0)).toBe(98);
    expect(await one(db, sql`select count(*)::double as n from contact where out_of_area`)).toBe(98);
    expect(await one(db, sql`select count(*)::double as n from contact`)).toBe(38_058);
  });

  it('flags out of area exactly the contacts whose own LSOA code is not an LLR one', async () => {
    expect(
      await one(
        db,
        sql`select count(*)::double as n from contact c
        join contact_source_area s on s.contact_id = c.id and s.kind = 'lsoa'
        where c.out_of_area <> (s.code not in (select code from area where layer_id = 'lsoa11'))`,
      ),
    ).toBe(0);
  });

  it('gives the per-district counts of SOURCES.md through the LSOA code each record carries', async () => {
    const rows = await db.all<{
      district: string;
      n: number;
    }>(sql`select regexp_replace(a.name, ' [^ ]+$', '') as district,
        count(*)::double as n
      from contact_source_area s join area a on a.layer_id = 'lsoa11' and a.code = s.code
      group by all`);
    expect(Object.fromEntries(rows.map((r) => [r.district, r.n]))).toEqual(BY_DISTRICT);
  });

  it('puts every other contact in one district by its point, within 10 of those counts (generalised boundaries)', async () => {
    const rows = await db.all<{
      district: string;
      n: number;
    }>(sql`select a.name as district, count(*)::double as n
      from contact_area ca join area a on a.layer_id = ca.layer_id and a.code = ca.area_code
      where ca.layer_id = 'district' group by all`);
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(37_960);
    for (const r of rows)
      expect(Math.abs(r.n - BY_DISTRICT[r.district as keyof typeof BY_DISTRICT])).toBeLessThanOrEqual(10);
  });
});
