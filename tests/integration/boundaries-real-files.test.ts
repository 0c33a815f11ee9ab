import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { loadBoundaryLayer } from '../../server/ingest/boundaries/load-boundary-layer.ts';
import { deprivationKind, populationKind } from '../../server/ingest/population/area-value-kinds.ts';
import { loadAreaValues, type AreaValueKind } from '../../server/ingest/population/load-area-values.ts';
import { testDb } from '../helpers/test-app.ts';
import { count, IOD, LLR, LSOA11 } from './geo-fixtures.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

// Loading a layer builds its lookup (seconds of CPU); a busy machine can stretch that a lot.
const SLOW = 180_000;
const CODE = 'LSOA code (2011)';
const loadIod = (file: string, kind: AreaValueKind) =>
  loadAreaValues(db, { layerId: 'lsoa11', file, codeColumn: CODE, allowUnknownCodes: false }, kind);

describe('the real LLR boundary files', () => {
  it.each([
    ['lsoa21', 'llr_lsoa2021_bgc', 'LSOA21CD', 'LSOA21NM', 634],
    ['msoa11', 'llr_msoa2011_bgc', 'MSOA11CD', 'MSOA11NM', 125],
    ['ward', 'llr_wards2025_bgc', 'WD25CD', 'WD25NM', 176],
    ['district', 'llr_lad_from_wards2025', 'LAD_CODE', 'LAD_NAME', 9],
    ['lsoa11', 'llr_lsoa2011_bgc', 'LSOA11CD', 'LSOA11NM', 611],
  ])(
    'load as they are: %s',
    async (layerId, file, codeProperty, nameProperty, areas) => {
      const r = await loadBoundaryLayer(db, {
        layerId,
        name: layerId,
        file: `${LLR}/${file}.geojson`,
        codeProperty,
        nameProperty,
      });
      expect(r).toMatchObject({ layerId, areas, replaced: false });
      expect(await count(db, sql`select * from area where layer_id = ${layerId} and min_lon < max_lon`)).toBe(
        areas,
      );
    },
    SLOW,
  );
});

describe('the real IoD 2019 files', () => {
  it('give every LLR LSOA its mid-2015 population, the sum the file holds', async () => {
    const file = `${IOD}/IoD2019_File6_Population_Denominators_LLR.csv`;
    const column = 'Total population: mid 2015 (excluding prisoners)';
    expect(await loadIod(file, populationKind(column))).toMatchObject({ rows: 611, unknown: 0, missing: 0 });
    const [expected] = await db.all<{ n: number }>(sql`select sum(replace(c, ',', '')::integer)::integer as n
      from (select ${{ text: `"${column}"`, params: [] }} as c from read_csv(${file}, all_varchar = true))`);
    const [stored] = await db.all<{ n: number }>(
      sql`select sum(population)::integer as n from area where layer_id = 'lsoa11'`,
    );
    expect(stored?.n).toBe(expected?.n);
    const [first] = await db.all(
      sql`select population from area where layer_id = 'lsoa11' and code = 'E01013600'`,
    );
    expect(first).toEqual({ population: 2001 });
  });

  it('give every LLR LSOA its IMD rank and decile (File 1 and the longer headers of File 2)', async () => {
    const one = `${IOD}/IoD2019_File1_IMD_LLR.csv`;
    const kind = deprivationKind(
      'Index of Multiple Deprivation (IMD) Rank',
      'Index of Multiple Deprivation (IMD) Decile',
    );
    expect(await loadIod(one, kind)).toMatchObject({ rows: 611 });
    const [row] = await db.all(
      sql`select imd_rank, imd_decile from area_deprivation where area_code = 'E01013600'`,
    );
    expect(row).toEqual({ imd_rank: 1928, imd_decile: 1 });
    const two = `${IOD}/IoD2019_File2_Domains_LLR.csv`;
    const long = deprivationKind(
      'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)',
      'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)',
    );
    expect(await loadIod(two, long)).toMatchObject({ rows: 611 });
    expect(await count(db, sql`select * from area_deprivation where imd_decile between 1 and 10`)).toBe(611);
  });

  it(
    'keep populations and deprivation when the layer is replaced by the same areas',
    async () => {
      const r = await loadBoundaryLayer(db, { layerId: 'lsoa11', name: 'LSOA 2011', ...LSOA11 });
      expect(r).toMatchObject({ replaced: true, areaDataDropped: 0 });
      expect(
        await count(db, sql`select * from area where layer_id = 'lsoa11' and population is not null`),
      ).toBe(611);
      expect(await count(db, sql`select * from area_deprivation where layer_id = 'lsoa11'`)).toBe(611);
    },
    SLOW,
  );
});
