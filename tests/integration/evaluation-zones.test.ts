import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { polygonArea } from '../../server/geo/boundary.ts';
import { wgs84ToBng } from '../../server/geo/projection.ts';
import { zoneMonthCounts } from '../../server/queries/evaluation/zone-counts.ts';
import { storeZones } from '../../server/services/evaluation/store-zones.ts';
import type { ZoneShapes } from '../../server/services/evaluation/zone-shapes.ts';
import { contact, FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

/** A box 0.002 degrees wide with its south-west corner at lon, lat. */
const box = (lon: number, lat: number) =>
  polygonArea({ code: 'x', name: 'x', population: null }, [
    [lon, lat],
    [lon + 0.002, lat],
    [lon + 0.002, lat + 0.002],
    [lon, lat + 0.002],
  ]).geometry;
const T = [-1.41, 52.2] as const;
const B = [-1.406, 52.2] as const;
const C = [-1.402, 52.2] as const;
const zones = (
  target: readonly number[],
  buffer: readonly number[],
  control: readonly number[],
): ZoneShapes => ({
  target: box(target[0] as number, target[1] as number),
  buffer: box(buffer[0] as number, buffer[1] as number),
  control: box(control[0] as number, control[1] as number),
  areaKm2: { target: 0, buffer: 0, control: 0 },
});

/** A contact in the middle of a box. */
const at = (
  id: number,
  where: readonly number[],
  receivedOn: string,
  category: 'noise' | 'rowdy' = 'noise',
) => {
  const [lon, lat] = [(where[0] as number) + 0.001, (where[1] as number) + 0.001];
  const [easting, northing] = wgs84ToBng(lon, lat);
  return contact(id, { receivedOn, category, lon, lat, easting, northing });
};

let db: Db;
beforeAll(async () => {
  db = await testDb();
  const contacts = [
    at(1, T, '2025-01-10'),
    at(2, T, '2025-01-31', 'rowdy'),
    at(3, T, '2025-02-01'),
    at(4, B, '2025-01-15'),
    at(5, C, '2025-02-20'),
    at(6, C, '2025-03-01'),
    at(7, [-1.398, 52.2], '2025-01-05'),
    at(8, T, '2024-12-31'),
  ];
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts });
});
afterAll(() => db.close());

const JAN_FEB = { from: '2025-01-01', to: '2025-02-28' };
const counted = async (categories: string[] = []) =>
  (await zoneMonthCounts(db, 'eval_1', JAN_FEB, categories)).map((r) => `${r.month} ${r.zone} ${r.contacts}`);

describe('evaluation zones as a hidden layer', () => {
  it('counts contacts per zone and month inside the window (hand-counted)', async () => {
    await db.transaction((tx) => storeZones(tx, 1, 'Fixture', zones(T, B, C)));
    // Ids 1, 2 (Jan) and 3 (Feb) in the target, 4 in the buffer, 5 in the control; 6 is in March, 8 in
    // December and 7 in no zone.
    expect(await counted()).toEqual([
      '2025-01 buffer 1',
      '2025-01 target 2',
      '2025-02 control 1',
      '2025-02 target 1',
    ]);
    expect(await counted(['rowdy'])).toEqual(['2025-01 target 1']);
  });

  it('replaces the zones of the last run', async () => {
    await db.transaction((tx) => storeZones(tx, 1, 'Fixture', zones(C, T, B)));
    expect(await counted()).toEqual([
      '2025-01 buffer 2',
      '2025-01 control 1',
      '2025-02 buffer 1',
      '2025-02 target 1',
    ]);
    const [n] = await db.all<{ areas: number; tags: number }>(sql`select
      (select count(*) from area where layer_id = 'eval_1')::integer as areas,
      (select count(*) from contact_area where layer_id = 'eval_1')::integer as tags`);
    // Contacts 1, 2, 3, 8 (now buffer), 4 (control), 5, 6 (target).
    expect(n).toEqual({ areas: 3, tags: 7 });
  });
});
