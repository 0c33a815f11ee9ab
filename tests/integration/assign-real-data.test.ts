import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { loadBoundaryLayer } from '../../server/ingest/boundaries/load-boundary-layer.ts';
import { readGeoJsonLayer } from '../../server/ingest/boundaries/read-geojson-layer.ts';
import { testDb } from '../helpers/test-app.ts';
import { ASB_FILES, count, DISTRICTS, LSOA11 } from './geo-fixtures.ts';

// The 38,058 police.uk ASB records with their own LSOA 2011 code, read straight from the files.
let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.run(sql`insert into batch (id, source) values (1, 'police.uk')`);
  await db.run(sql`create table asb as select row_number() over () as id, "Longitude" as lon, "Latitude" as lat,
      "LSOA code" as lsoa from read_csv(${ASB_FILES})`);
  await db.run(sql`insert into contact (id, batch_id, agency_code, received_on, time_precision, category, asb_type, lon, lat)
    select id, 1, 'police', date '2020-01-01', 'month', 'rowdy', 'nuisance', lon, lat from asb`);
  await loadBoundaryLayer(db, { layerId: 'lsoa11', name: 'LSOA 2011', ...LSOA11 });
}, 180_000);
afterAll(() => db.close());

const tagged = (
  layer: string,
) => sql`select a.id, a.lsoa, a.lon, a.lat, ca.area_code, c.out_of_area from asb a
  join contact c on c.id = a.id left join contact_area ca on ca.contact_id = a.id and ca.layer_id = ${layer}`;

describe('assigning the real police.uk ASB records to LLR LSOAs (2011)', () => {
  it('puts 37,960 inside LLR and flags the 98 outside, keeping all', async () => {
    expect(await count(db, sql`select * from contact`)).toBe(38_058);
    expect(await count(db, sql`select * from contact where out_of_area`)).toBe(98);
    expect(await count(db, sql`select * from contact_area where layer_id = 'lsoa11'`)).toBe(37_960);
  });

  it('flags exactly the records whose own LSOA is outside LLR', async () => {
    const llr = sql`select code from area where layer_id = 'lsoa11'`;
    expect(
      await count(db, sql`select * from (${tagged('lsoa11')}) where out_of_area <> (lsoa not in (${llr}))`),
    ).toBe(0);
  });

  it("agrees with the record's own LSOA code for 36,725 of 37,960 (the rest lie on or near a boundary)", async () => {
    // police.uk snaps records to map points on streets, which often are the LSOA boundaries, and it
    // used full-resolution boundaries; this layer is generalised (BGC), so on-street points can differ.
    expect(await count(db, sql`select * from (${tagged('lsoa11')}) where area_code = lsoa`)).toBe(36_725);
    expect(await count(db, sql`select * from (${tagged('lsoa11')}) where area_code <> lsoa`)).toBe(1_235);
  });

  it('gives exactly the area a plain turf test over every polygon gives (lowest code on shared edges)', async () => {
    const areas = readGeoJsonLayer(LSOA11).sort((a, b) => (a.code < b.code ? -1 : 1));
    const rows = await db.all<{ lon: number; lat: number; area_code: string | null }>(tagged('lsoa11'));
    const differ = rows.filter((r) => {
      const hit = areas.find(
        (a) =>
          r.lon >= a.bbox[0] &&
          r.lon <= a.bbox[2] &&
          r.lat >= a.bbox[1] &&
          r.lat <= a.bbox[3] &&
          booleanPointInPolygon([r.lon, r.lat], a.geometry),
      );
      return (hit?.code ?? null) !== r.area_code;
    });
    expect(differ).toEqual([]);
  });

  it('counts records per district through the district layer close to the LSOA-based figures', async () => {
    await loadBoundaryLayer(db, { layerId: 'district', name: 'Districts', ...DISTRICTS });
    const rows = await db.all<{ name: string; n: number }>(sql`select a.name, count(*)::integer as n
      from contact_area ca join area a on a.layer_id = ca.layer_id and a.code = ca.area_code
      where ca.layer_id = 'district' group by a.name order by a.name`);
    // SOURCES.md by LSOA code: Leicester 17,889; Charnwood 6,324; NW Leics 3,120; Hinckley & Bosworth 2,706;
    // Blaby 2,588; Harborough 1,992; Oadby & Wigston 1,462; Melton 1,382; Rutland 497. The district
    // polygons are 2025 wards dissolved, whose edges differ slightly from 2011 LSOA edges.
    expect(Object.fromEntries(rows.map((r) => [r.name, r.n]))).toEqual({
      Blaby: 2_598,
      Charnwood: 6_325,
      Harborough: 1_990,
      'Hinckley and Bosworth': 2_703,
      Leicester: 17_887,
      Melton: 1_382,
      'North West Leicestershire': 3_120,
      'Oadby and Wigston': 1_458,
      Rutland: 497,
    });
    expect(await count(db, sql`select * from contact where out_of_area`)).toBe(98);
  }, 180_000);
});
