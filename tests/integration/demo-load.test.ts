import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { latestTruth } from '../../server/generate/store/truth-store.ts';
import { dataVersion } from '../../server/queries/meta.ts';
import { getSummary } from '../../server/services/get-summary.ts';
import { getTimeseries } from '../../server/services/get-timeseries.ts';
import { resolveFilters } from '../../server/services/resolve-filters.ts';
import type { FilterQuery } from '../../server/contract/filters.ts';
import { FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';
import { demoDb, DEMO_TEST_SEED } from '../helpers/demo-db.ts';
import { testDb } from '../helpers/test-app.ts';

const RECORDS = 20_000;
let db: Db;
beforeAll(async () => {
  db = await demoDb(RECORDS);
});
afterAll(() => db.close());

const one = async (q: ReturnType<typeof sql>) => (await db.all<{ n: number }>(q))[0]?.n;
const resolved = (q: FilterQuery) => resolveFilters(db, q);

describe('the demo load', () => {
  it('stores the contacts, one area per layer each, in one demo batch, and bumps the data version', async () => {
    expect(await one(sql`select count(*)::integer as n from contact`)).toBe(RECORDS);
    expect(await one(sql`select count(distinct id)::integer as n from contact`)).toBe(RECORDS);
    expect(
      await db.all(sql`select layer_id, count(distinct contact_id)::integer as n, count(*)::integer as rows
        from contact_area group by layer_id order by layer_id`),
    ).toEqual([
      { layer_id: 'district', n: RECORDS, rows: RECORDS },
      { layer_id: 'small_area', n: RECORDS, rows: RECORDS },
      { layer_id: 'ward', n: RECORDS, rows: RECORDS },
    ]);
    expect(await db.all(sql`select source, rows_loaded from batch`)).toEqual([
      { source: 'demo', rows_loaded: RECORDS },
    ]);
    // One bump for the load and one for linking its cross-agency duplicates.
    expect(await dataVersion(db)).toBe(2);
    const [linked] = await db.all<{ n: number }>(sql`select rows_linked::integer as n from batch`);
    expect(linked?.n).toBeGreaterThan(0);
  });

  it('stores three layers whose populations add up and whose tags all name stored areas', async () => {
    expect(
      await db.all(sql`select l.id, l.source, count(*)::integer as areas, sum(a.population)::integer as population
        from boundary_layer l join area a on a.layer_id = l.id group by l.id, l.source order by l.id`),
    ).toEqual([
      expect.objectContaining({ id: 'district', source: 'demo', areas: 1 }),
      expect.objectContaining({ id: 'small_area', source: 'demo' }),
      expect.objectContaining({ id: 'ward', source: 'demo', areas: 20 }),
    ]);
    const populations = await db.all<{ population: number }>(
      sql`select sum(population)::integer as population from area group by layer_id`,
    );
    expect(new Set(populations.map((p) => p.population)).size).toBe(1);
    expect(
      await one(sql`select count(*)::integer as n from contact_area ca
        left join area a on a.layer_id = ca.layer_id and a.code = ca.area_code where a.code is null`),
    ).toBe(0);
    expect(
      await one(sql`select count(*)::integer as n from contact_area s join contact_area w
        on w.contact_id = s.contact_id and w.layer_id = 'ward'
        where s.layer_id = 'small_area' and not starts_with(s.area_code, w.area_code)`),
    ).toBe(0);
  });

  it('keeps every point inside the bounding box of its small area, in both coordinate systems', async () => {
    expect(
      await one(sql`select count(*)::integer as n from contact c
        join contact_area ca on ca.contact_id = c.id and ca.layer_id = 'small_area'
        join area a on a.layer_id = 'small_area' and a.code = ca.area_code
        where c.lon not between a.min_lon and a.max_lon or c.lat not between a.min_lat and a.max_lat
           or c.easting is null or c.northing is null`),
    ).toBe(0);
  });

  it('saves what the generator planted, for the pages and tests that look for it', async () => {
    const truth = await latestTruth(db);
    expect(truth?.generator).toMatchObject({ records: RECORDS, seed: DEMO_TEST_SEED, from: '2023-05-01' });
    expect(truth?.geography).toMatchObject({ source: 'demo', layerId: 'small_area' });
    expect(
      await one(sql`select count(*)::integer as n from contact where agency_code = ${truth?.outage.agency ?? ''}
        and strftime(received_on, '%Y-%m') = ${truth?.outage.month ?? ''}`),
    ).toBe(0);
  });

  it('leaves a database with contacts alone', async () => {
    const again = await seedDemo(db, { records: RECORDS, seed: DEMO_TEST_SEED }, () => undefined);
    expect(again.contactsSeeded).toBe(0);
    expect(await one(sql`select count(*)::integer as n from contact`)).toBe(RECORDS);
  });
});

describe('dashboard figures over the demo data', () => {
  it('summarise the last twelve months as independent SQL counts them', async () => {
    const s = await getSummary(db, await resolved({}));
    expect(s.period).toEqual({ from: '2025-11-01', to: '2026-10-31' });
    expect(s.dataExtent).toEqual({ first: '2023-05-01', last: '2026-10-31' });
    expect(s.contacts).toBe(
      await one(
        sql`select count(*)::integer as n from contact where received_on >= '2025-11-01' and received_on <= '2026-10-31'`,
      ),
    );
    expect(s.changeOnLastYear.previous).toBe(
      await one(
        sql`select count(*)::integer as n from contact where received_on between '2024-11-01' and '2025-10-31'`,
      ),
    );
    expect(s.agencies).toBe(6);
    expect(s.topCategories).toHaveLength(8);
    expect(s.topCategories.reduce((sum, c) => sum + c.contacts, 0)).toBe(s.contacts);
    const monthOnly = await one(sql`select count(*)::integer as n from contact
      where time_precision = 'month' and received_on between '2025-11-01' and '2026-10-31'`);
    expect(s.monthOnlyShare).toBeCloseTo((monthOnly ?? 0) / s.contacts, 12);
  });

  it('narrow by category, agency and area as SQL does', async () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const drugs = await getSummary(db, await resolved({ ...period, category: ['drugs'] }));
    expect(drugs.contacts).toBe(
      await one(
        sql`select count(*)::integer as n from contact where category = 'drugs' and year(received_on) = 2025`,
      ),
    );
    const police = await getSummary(db, await resolved({ ...period, agency: ['police'] }));
    expect(police.contacts).toBe(
      await one(
        sql`select count(*)::integer as n from contact where agency_code = 'police' and year(received_on) = 2025`,
      ),
    );
    const ward = await getSummary(db, await resolved({ ...period, area: { layer: 'ward', code: 'DW08' } }));
    expect(ward.contacts).toBe(
      await one(sql`select count(*)::integer as n from contact c join contact_area ca on ca.contact_id = c.id
        where ca.layer_id = 'ward' and ca.area_code = 'DW08' and year(c.received_on) = 2025`),
    );
    expect(0 < ward.contacts && ward.contacts < police.contacts).toBe(true);
  });

  it('give a month series that adds up to the summary', async () => {
    const r = await resolved({});
    const [s, t] = [await getSummary(db, r), await getTimeseries(db, r)];
    expect(t.points.map((p) => p.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(t.points.reduce((sum, p) => sum + p.contacts, 0)).toBe(s.contacts);
    expect(t.points.reduce((sum, p) => sum + (p.lastYear ?? 0), 0)).toBe(s.changeOnLastYear.previous);
  });
});

describe('seedDemo', () => {
  it('gives byte-identical data for the same seed', async () => {
    const digest = async (d: Db) =>
      (
        await d.all<{ h: string }>(
          sql`select md5(string_agg(c::varchar, '|' order by id)) as h from contact c`,
        )
      )[0]?.h;
    const [a, b] = [await demoDb(3_000), await demoDb(3_000)];
    const c = await demoDb(3_000, DEMO_TEST_SEED + 1);
    expect(await digest(a)).toBe(await digest(b));
    expect(await digest(a)).not.toBe(await digest(c));
    for (const d of [a, b, c]) d.close();
  });

  it('does not put demo contacts beside real boundary layers', async () => {
    const real = await testDb();
    await insertFixture(real, { layers: [FIXTURE_WARDS], contacts: [] });
    const result = await seedDemo(real, { records: 100, seed: 1 }, () => undefined);
    expect(result.contactsSeeded).toBe(0);
    real.close();
  });
});
