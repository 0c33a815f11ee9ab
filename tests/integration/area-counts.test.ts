import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poissonInterval } from '../../server/analytics/poisson-interval.ts';
import type { Filters } from '../../server/contract/filters.ts';
import type { Db } from '../../server/db/database.ts';
import type { ContactRecord } from '../../server/demo/contact-record.ts';
import { polygonArea, type BoundaryLayer } from '../../server/geo/boundary.ts';
import { areaCounts, layerCount } from '../../server/queries/area-counts.ts';
import { getAreas } from '../../server/services/get-areas.ts';
import { resolveFilters } from '../../server/services/resolve-filters.ts';
import { contact, FIXTURE_WARDS, HAND_CONTACTS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

const ring = (x: number) =>
  [
    [x, 52.2],
    [x + 0.01, 52.2],
    [x + 0.01, 52.21],
  ] as const;

/** Z1 has 500 residents, Z2 none known, Z3 1,500 and no contacts. */
const ZONES: BoundaryLayer = {
  id: 'zone',
  name: 'Zones',
  source: 'test',
  areas: [
    polygonArea({ code: 'Z1', name: 'Zone One', population: 500 }, ring(-1.41)),
    polygonArea({ code: 'Z2', name: 'Zone Two', population: null }, ring(-1.4)),
    polygonArea({ code: 'Z3', name: 'Zone Three', population: 1_500 }, ring(-1.39)),
  ],
};

const inZones = (
  id: number,
  ward: string,
  zones: string[],
  o: Partial<ContactRecord> = {},
): ContactRecord => {
  const c = contact(id, { receivedOn: '2025-02-10', ward, ...o });
  return { ...c, areas: [...c.areas, ...zones.map((code) => ({ layerId: 'zone', code }))] };
};

/**
 * Q1 2025 in zones: Z1 has 101, 102 (tagged twice) and 103; Z2 has 103 (on the border, in both) and 104;
 * Z3 none. 105 is in no zone, nor are the hand contacts 1-5. 106 falls after the period.
 */
const ZONE_CONTACTS = [
  inZones(101, 'W1', ['Z1']),
  inZones(102, 'W1', ['Z1', 'Z1']),
  inZones(103, 'W2', ['Z1', 'Z2'], { category: 'rowdy' }),
  inZones(104, 'W2', ['Z2']),
  inZones(105, 'W1', []),
  inZones(106, 'W1', ['Z1'], { receivedOn: '2025-05-01' }),
];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS, ZONES], contacts: [...HAND_CONTACTS, ...ZONE_CONTACTS] });
});
afterAll(() => db.close());

const Q1: Filters = { from: '2025-01-01', to: '2025-03-31', category: [], agency: [], area: null };
const counts = async (layer: string, f: Filters) =>
  (await areaCounts(db, layer, f)).map((a) => [a.code, a.contacts]);

describe('areaCounts', () => {
  it('counts each contact once per area and lists areas without contacts as 0', async () => {
    expect(await areaCounts(db, 'zone', Q1)).toEqual([
      { code: 'Z1', name: 'Zone One', population: 500, contacts: 3 },
      { code: 'Z2', name: 'Zone Two', population: null, contacts: 2 },
      { code: 'Z3', name: 'Zone Three', population: 1_500, contacts: 0 },
    ]);
    expect(await counts('ward', Q1)).toEqual([
      ['W1', 6],
      ['W2', 4],
    ]);
  });

  it('applies the shared filters, an area of another layer included', async () => {
    expect(await counts('zone', { ...Q1, category: ['rowdy'] })).toEqual([
      ['Z1', 1],
      ['Z2', 1],
      ['Z3', 0],
    ]);
    expect(await counts('zone', { ...Q1, area: { layer: 'ward', code: 'W2' } })).toEqual([
      ['Z1', 1],
      ['Z2', 2],
      ['Z3', 0],
    ]);
    expect(await counts('zone', { ...Q1, to: '2025-06-30' })).toEqual([
      ['Z1', 4],
      ['Z2', 2],
      ['Z3', 0],
    ]);
  });
});

describe('layerCount', () => {
  it('counts contacts in the layer once, those in areas with residents, and those outside it', async () => {
    expect(await layerCount(db, 'zone', Q1)).toEqual({
      contacts: 4,
      contacts_with_population: 3,
      population: 2_000,
      outside_layer: 6,
    });
    expect(await layerCount(db, 'ward', Q1)).toEqual({
      contacts: 10,
      contacts_with_population: 10,
      population: 3_000,
      outside_layer: 0,
    });
  });
});

describe('getAreas', () => {
  it('gives each area and the layer its rate per 1,000 residents with the exact 95% interval', async () => {
    const r = await getAreas(db, 'zone', await resolveFilters(db, { from: '2025-01-01', to: '2025-03-31' }));
    expect(r).toMatchObject({
      layer: { id: 'zone', name: 'Zones' },
      period: { from: '2025-01-01', to: '2025-03-31' },
      ratePer: 1000,
      confidence: 0.95,
    });
    const three = poissonInterval(3);
    const [z1, z2, z3] = r.areas;
    // Z1: 3 contacts among 500 residents is 6 per 1,000; the interval on 3 is scaled by 1,000 / 500.
    expect(z1).toEqual({ ...z1, contacts: 3, rate: 6, rateLow: three.low * 2, rateHigh: three.high * 2 });
    expect(z2).toMatchObject({ contacts: 2, rate: null, rateLow: null, rateHigh: null });
    expect(z3).toMatchObject({ contacts: 0, rate: 0, rateLow: 0 });
    expect(z3?.rateHigh).toBeCloseTo((3.68887945411394 * 1000) / 1500, 9);
    // The layer: 3 contacts in the zones with residents over their 2,000 residents.
    expect(r.total).toEqual({
      contacts: 4,
      contactsWithPopulation: 3,
      population: 2_000,
      outsideLayer: 6,
      rate: 1.5,
      rateLow: three.low / 2,
      rateHigh: three.high / 2,
    });
  });

  it('refuses an unknown layer with a 404', async () => {
    const f = await resolveFilters(db, {});
    await expect(getAreas(db, 'lsoa', f)).rejects.toMatchObject({ status: 404 });
  });
});
