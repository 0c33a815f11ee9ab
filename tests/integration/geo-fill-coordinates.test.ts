import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { fillCoordinates } from '../../server/geo/fill-coordinates.ts';
import { bngToWgs84, wgs84ToBng } from '../../server/geo/projection.ts';
import { testDb } from '../helpers/test-app.ts';
import { insertPoints, type TestPoint } from './geo-fixtures.ts';

// Deterministic spread over Leicestershire and a little beyond (lon -1.7..-0.3, lat 52.3..53.0).
const spread = (k: number, n: number) => ((k * 7919) % n) / n;
const N = 500;
const fromWgs: TestPoint[] = Array.from({ length: N }, (_, k) => ({
  id: k + 1,
  lon: -1.7 + 1.4 * spread(k, N),
  lat: 52.3 + 0.7 * spread(k * 13 + 5, N),
}));
const fromBng: TestPoint[] = Array.from({ length: N }, (_, k) => ({
  id: N + k + 1,
  easting: 400_000 + 100_000 * spread(k * 3 + 1, N),
  northing: 260_000 + 80_000 * spread(k * 17 + 2, N),
}));

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertPoints(db, [...fromWgs, ...fromBng, { id: 9_999 }]);
});
afterAll(() => db.close());

interface Row {
  [k: string]: unknown;
  id: number;
  lon: number;
  lat: number;
  easting: number;
  northing: number;
}

describe('fillCoordinates', () => {
  it('fills the missing pair as proj4 would, within 5 mm', async () => {
    expect(await db.transaction((tx) => fillCoordinates(tx, 'all'))).toEqual({ fromBng: N, fromWgs84: N });
    const rows = await db.all<Row>(
      sql`select id::integer as id, lon, lat, easting, northing from contact where id < 9999`,
    );
    let worstMetres = 0;
    let worstDegrees = 0;
    for (const r of rows) {
      if (r.id <= N) {
        const [e, n] = wgs84ToBng(r.lon, r.lat);
        worstMetres = Math.max(worstMetres, Math.abs(e - r.easting), Math.abs(n - r.northing));
      } else {
        const [lon, lat] = bngToWgs84(r.easting, r.northing);
        worstDegrees = Math.max(worstDegrees, Math.abs(lon - r.lon), Math.abs(lat - r.lat));
      }
    }
    expect(worstMetres).toBeLessThan(0.005);
    expect(worstDegrees).toBeLessThan(0.005 / 70_000);
  });

  it('leaves contacts without coordinates, and those already complete, alone', async () => {
    expect(await db.transaction((tx) => fillCoordinates(tx, 'all'))).toEqual({ fromBng: 0, fromWgs84: 0 });
    const [none] = await db.all<Row>(sql`select lon, lat, easting, northing from contact where id = 9999`);
    expect(none).toEqual({ lon: null, lat: null, easting: null, northing: null });
  });
});
