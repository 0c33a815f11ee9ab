import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { assignAreas } from '../../server/geo/assign-areas.ts';
import { wgs84ToBng } from '../../server/geo/projection.ts';
import { loadBoundaryLayer } from '../../server/ingest/boundaries/load-boundary-layer.ts';
import { removeBoundaryLayer } from '../../server/ingest/boundaries/remove-boundary-layer.ts';
import { testDb } from '../helpers/test-app.ts';
import {
  areasOf,
  count,
  FIXTURE_PROPS,
  insertPoints,
  ONE_DISTRICT,
  TWO_SQUARES,
  tempDir,
} from './geo-fixtures.ts';

const files = tempDir();
const squares = files.write('squares.geojson', JSON.stringify(TWO_SQUARES));
const district = files.write('district.geojson', JSON.stringify(ONE_DISTRICT));
const [e, n] = wgs84ToBng(-1.05, 52.62);

const POINTS = [
  { id: 1, lon: -1.15, lat: 52.62 }, // A
  { id: 2, lon: -1.05, lat: 52.68 }, // B
  { id: 3, lon: -1.1, lat: 52.65 }, // exactly on the shared edge
  { id: 4, lon: -1.15, lat: 52.65 }, // in A's hole
  { id: 5, lon: -2.5, lat: 51.5 }, // far outside
  { id: 6, easting: e, northing: n }, // British National Grid only: B
  { id: 7 }, // no coordinates
  { id: 8, lon: -1.1, lat: 52.6 }, // the corner both squares share
];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertPoints(db, POINTS);
  await loadBoundaryLayer(db, { layerId: 'squares', name: 'Squares', file: squares, ...FIXTURE_PROPS });
});
afterAll(() => {
  db.close();
  files.remove();
});

describe('assignAreas', () => {
  it('tags each contact with the area holding it, one area per layer, edges to the lowest code', async () => {
    expect(await areasOf(db, 'squares')).toEqual({
      1: 'A',
      2: 'B',
      3: 'A',
      4: null,
      5: null,
      6: 'B',
      7: null,
      8: 'A',
    });
    expect(
      await count(
        db,
        sql`select contact_id from contact_area group by contact_id, layer_id having count(*) > 1`,
      ),
    ).toBe(0);
  });

  it('flags contacts outside every area and keeps them; contacts without coordinates are not flagged', async () => {
    const flagged = await db.all<{ id: number }>(
      sql`select id::integer as id from contact where out_of_area order by id`,
    );
    expect(flagged.map((r) => r.id)).toEqual([4, 5]);
    expect(await count(db, sql`select id from contact`)).toBe(POINTS.length);
  });

  it('fills lon/lat from easting/northing and easting/northing from lon/lat', async () => {
    const [six] = await db.all<{ lon: number; lat: number }>(sql`select lon, lat from contact where id = 6`);
    expect(Math.abs((six?.lon ?? 0) + 1.05)).toBeLessThan(1e-7);
    expect(Math.abs((six?.lat ?? 0) - 52.62)).toBeLessThan(1e-7);
    const [one] = await db.all<{ easting: number; northing: number }>(
      sql`select easting, northing from contact where id = 1`,
    );
    const [e1, n1] = wgs84ToBng(-1.15, 52.62);
    expect(Math.abs((one?.easting ?? 0) - e1)).toBeLessThan(0.01);
    expect(Math.abs((one?.northing ?? 0) - n1)).toBeLessThan(0.01);
  });

  it('is idempotent: running again replaces the rows, never duplicates them', async () => {
    const before = await count(db, sql`select * from contact_area`);
    const again = await db.transaction((tx) => assignAreas(tx, 'all'));
    expect(again).toEqual({ assigned: 5, outOfArea: 2, unlocated: 1 });
    expect(await count(db, sql`select * from contact_area`)).toBe(before);
  });

  it('assigns only the given batch when asked', async () => {
    const batchId = await insertPoints(db, [{ id: 20, lon: -1.01, lat: 52.61 }]);
    const r = await db.transaction((tx) => assignAreas(tx, { batchId }));
    expect(r).toEqual({ assigned: 1, outOfArea: 0, unlocated: 0 });
    expect((await areasOf(db, 'squares'))[20]).toBe('B');
  });

  it('assigns existing contacts when a second layer is added later, and re-flags when it is removed', async () => {
    const loaded = await loadBoundaryLayer(db, {
      layerId: 'district',
      name: 'District',
      file: district,
      ...FIXTURE_PROPS,
    });
    expect(loaded.contacts).toEqual({ assigned: 7, outOfArea: 1, unlocated: 1 });
    const d = await areasOf(db, 'district');
    expect([1, 2, 3, 4, 6, 8, 20].map((id) => d[id])).toEqual(['D', 'D', 'D', 'D', 'D', 'D', 'D']);
    expect(d[5]).toBeNull();
    const hole = await db.all<{ out: boolean }>(sql`select out_of_area as out from contact where id = 4`);
    expect(hole[0]?.out).toBe(false);
    await removeBoundaryLayer(db, 'district');
    expect(await count(db, sql`select * from contact_area where layer_id = 'district'`)).toBe(0);
    const again = await db.all<{ out: boolean }>(sql`select out_of_area as out from contact where id = 4`);
    expect(again[0]?.out).toBe(true);
  });

  it('re-assigns when a layer is replaced', async () => {
    const swapped = {
      ...TWO_SQUARES,
      features: TWO_SQUARES.features.map((f) => ({
        ...f,
        properties: { ...f.properties, CODE: `${f.properties.CODE}2` },
      })),
    };
    const file = files.write('swapped.geojson', JSON.stringify(swapped));
    const r = await loadBoundaryLayer(db, { layerId: 'squares', name: 'Squares', file, ...FIXTURE_PROPS });
    expect(r.replaced).toBe(true);
    expect((await areasOf(db, 'squares'))[2]).toBe('B2');
    expect(await count(db, sql`select * from contact_area where area_code in ('A', 'B')`)).toBe(0);
  });

  it('keeps a contact outside the force flagged when a drawn outline covers it', async () => {
    const outline = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { CODE: 'x', NAME: 'Drawn' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-2.6, 51.4],
                [-2.4, 51.4],
                [-2.4, 51.6],
                [-2.6, 51.6],
                [-2.6, 51.4],
              ],
            ],
          },
        },
      ],
    };
    const file = files.write('drawn.geojson', JSON.stringify(outline));
    await loadBoundaryLayer(db, { layerId: 'drawn_x', name: 'Drawn', file, ...FIXTURE_PROPS });
    // Point 5 lies inside the outline but outside every real layer: it stays out of area.
    expect((await areasOf(db, 'drawn_x'))[5]).toBe('x');
    const out = await db.all<{ out: boolean }>(sql`select out_of_area as out from contact where id = 5`);
    expect(out[0]?.out).toBe(true);
    await removeBoundaryLayer(db, 'drawn_x');
    const still = await db.all<{ out: boolean }>(sql`select out_of_area as out from contact where id = 5`);
    expect(still[0]?.out).toBe(true);
  });
});
