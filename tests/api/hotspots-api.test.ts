import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anscombe } from '../../server/analytics/hotspot/anscombe.ts';
import { giStarGrid } from '../../server/analytics/hotspot/gi-star-grid.ts';
import { cellPoints } from '../../server/analytics/hotspot/grid.ts';
import { kernelDensity } from '../../server/analytics/hotspot/kernel-density.ts';
import { HotspotCell, Hotspots } from '../../server/contract/hotspots.ts';
import { decodeHotspots, type HotspotMap } from '../../server/contract/hotspots-map.ts';
import { sql } from '../../server/db/sql.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';
import { bngToWgs84 as mapProjection } from '../../client/src/features/map/bng.ts';
import { contact, insertFixture } from '../helpers/contact-fixtures.ts';
import { startTestApp, testDb, type TestApp } from '../helpers/test-app.ts';

// No boundaries: the study area is the data's extent, 441,050-441,450 E by 258,050-258,350 N, so a
// 100 m grid from (441,000, 258,000) has 5 columns by 4 rows = 20 cells.
const at = (id: number, easting: number, northing: number, receivedOn = '2025-02-01') =>
  contact(id, { receivedOn, easting, northing });
const CONTACTS = [
  at(1, 441_050, 258_050),
  at(2, 441_010, 258_099),
  at(3, 441_099.9, 258_000),
  at(4, 441_150, 258_050),
  at(5, 441_450, 258_350),
  at(6, 441_450, 258_050, '2024-01-01'),
  at(7, 441_250, 258_250),
];
const Q = 'from=2025-01-01&to=2025-03-31&cell=100';
const NX = 5;

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  const db = await testDb();
  await insertFixture(db, { contacts: CONTACTS });
  // A contact without coordinates cannot go in a cell: it is counted apart.
  await db.run(sql`update contact set easting = null, northing = null where id = 7`);
  app = await startTestApp({ db });
  cookie = await app.login('tasking');
});
afterAll(async () => {
  await app.close();
  app.db.close();
});

const hotspots = async (query: string) => {
  const res = await app.request(`/api/hotspots?${query}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  // Decoded as the map does, with its own projection: its boxes must be the server's projection's.
  return decodeHotspots(Hotspots.parse(await res.json()), mapProjection);
};
/** Counts in grid order (row by row from the south-west), from an all=true answer. */
const gridOrder = (h: HotspotMap) => {
  const counts = new Float64Array(20);
  h.cells.ids.forEach((id, i) => {
    const [, col, row] = id.split('_').map(Number) as [number, number, number];
    counts[(row - 2580) * NX + (col - 4410)] = h.cells.counts[i] as number;
  });
  return counts;
};
/** Degrees to 6 decimals, about 0.1 m. */
const deg6 = (x: number) => Number(x.toFixed(6));
const GRID = { nx: NX, ny: 4, cellSize: 100, originE: 441_000, originN: 258_000 };

describe('GET /api/hotspots', () => {
  it('counts contacts per 100 m cell as they were placed by hand', async () => {
    const h = await hotspots(`method=grid&${Q}`);
    const byId = Object.fromEntries(h.cells.ids.map((id, i) => [id, h.cells.counts[i]]));
    // Ids 1-3 in the south-west cell (edges west and south inside), 4 east of it, 5 north-east; 6 is too early.
    expect(byId).toEqual({ '100_4410_2580': 3, '100_4411_2580': 1, '100_4414_2583': 1 });
    expect(h.studyArea).toEqual({ source: 'data_extent', layer: null, cells: 20 });
    expect(h.summary).toMatchObject({ contacts: 5, outside: 0, noLocation: 1, maxCount: 3, reliable: false });
    expect(h.summary.meanPerCell).toBeCloseTo(5 / 20, 12);
    const i = h.cells.ids.indexOf('100_4410_2580');
    expect([h.cells.easting[i], h.cells.northing[i]]).toEqual([441_050, 258_050]);
    const [south, west, north, east] = h.cells.bounds.slice(4 * i, 4 * i + 4).map(deg6);
    const [sw, ne] = [bngToWgs84(441_000, 258_000), bngToWgs84(441_100, 258_100)];
    expect([south, west, north, east]).toEqual([sw[1], sw[0], ne[1], ne[0]].map(deg6));
  });

  it('returns every study-area cell, zeros included, with all=true', async () => {
    const h = await hotspots(`method=grid&all=true&${Q}`);
    expect(h.cells.ids).toHaveLength(20);
    expect([...gridOrder(h)]).toEqual([3, 1, 0, 0, 0, ...Array<number>(14).fill(0), 1]);
    // Each cell's box is its own south-west and north-east corners projected, whatever its place in the grid.
    h.cells.ids.forEach((id, i) => {
      const [, col, row] = id.split('_').map(Number) as [number, number, number];
      const [sw, ne] = [bngToWgs84(col * 100, row * 100), bngToWgs84((col + 1) * 100, (row + 1) * 100)];
      const want = [sw[1], sw[0], ne[1], ne[0]].map(deg6);
      expect(h.cells.bounds.slice(4 * i, 4 * i + 4).map(deg6), id).toEqual(want);
    });
  });

  it('gives the Gi* of the pure statistics on Anscombe counts, as the mean is under 10', async () => {
    const h = await hotspots(`method=gistar&all=true&${Q}`);
    expect(h.parameters).toEqual({
      cell: 100,
      band: 150,
      bandwidth: 200,
      transform: 'anscombe',
      fdr: 'benjamini-hochberg',
    });
    const expected = giStarGrid(
      { ...GRID, counts: anscombe(gridOrder(h)), inStudyArea: new Uint8Array(20).fill(1) },
      { band: 150 },
    );
    h.cells.ids.forEach((id, i) => {
      const [, col, row] = id.split('_').map(Number) as [number, number, number];
      const k = (row - 2580) * NX + (col - 4410);
      expect(h.cells.z?.[i]).toBeCloseTo(expected.z[k] as number, 4);
      expect(h.cells.p?.[i]).toBeCloseTo(expected.p[k] as number, 4);
      expect(h.cells.pAdjusted?.[i]).toBeCloseTo(expected.pAdjusted[k] as number, 4);
      expect(h.cells.classes?.[i]).toBe(expected.classes[k]);
    });
  });

  it('gives the quartic kernel density of the cell counts', async () => {
    const h = await hotspots(`method=kde&all=true&bandwidth=250&${Q}`);
    const counts = gridOrder(h);
    const { points, weights } = cellPoints({ ...GRID, counts, inStudyArea: new Uint8Array(20).fill(1) });
    const expected = kernelDensity(GRID, points, weights, 250);
    h.cells.ids.forEach((id, i) => {
      const [, col, row] = id.split('_').map(Number) as [number, number, number];
      const want = expected[(row - 2580) * NX + (col - 4410)] as number;
      expect(h.cells.density?.[i]).toBeCloseTo(want, Math.max(0, 3 - Math.ceil(Math.log10(want + 1))));
    });
    expect(h.parameters.bandwidth).toBe(250);
  });

  it('states the defaults: 250 m cells, a 1.5-cell band and a 2-cell bandwidth', async () => {
    const h = await hotspots('from=2025-01-01&to=2025-03-31');
    expect(h.method).toBe('gistar');
    expect(h.parameters).toMatchObject({ cell: 250, band: 375, bandwidth: 500 });
    expect(h.defaults).toMatchObject({ cell: 250, band: 375, bandwidth: 500 });
  });

  const bad: [string, string, RegExp][] = [
    ['method=hexagons', 'method', /grid/],
    ['cell=10', 'cell', /at least 50 m/],
    ['cell=9000', 'cell', /at most 5000 m/],
    ['cell=abc', 'cell', /number/],
    ['cell=250&band=100', 'band', /at least the cell size/],
    ['cell=100&bandwidth=5000', 'bandwidth', /at most 20 cells/],
    ['all=yes', 'all', /true/],
    ['category=graffiti', 'category', /./],
  ];
  for (const [query, parameter, message] of bad) {
    it(`answers 400 naming '${parameter}' for '${query}'`, async () => {
      const res = await app.request(`/api/hotspots?${query}`, { cookie });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { parameter: string; message: string } };
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toMatch(message);
    });
  }

  it('answers from its cache until the data change, then counts the new contacts', async () => {
    const before = await hotspots(`method=grid&${Q}`);
    expect(await hotspots(`method=grid&${Q}`)).toEqual(before);
    await insertFixture(app.db, { contacts: [at(8, 441_150, 258_050)] });
    const after = await hotspots(`method=grid&${Q}`);
    expect(after.summary.contacts).toBe(before.summary.contacts + 1);
    expect(after.cells.counts[after.cells.ids.indexOf('100_4411_2580')]).toBe(2);
  });

  it('refuses a grid of too many cells, naming the smallest cell that would do', async () => {
    const db = await testDb();
    // 60 km apart each way: 50 m cells would make 1.44 million.
    await insertFixture(db, { contacts: [at(1, 400_000, 200_000), at(2, 460_000, 260_000)] });
    const wide = await startTestApp({ db });
    try {
      const who = await wide.login('analyst');
      const res = await wide.request('/api/hotspots?cell=50&band=75', { cookie: who });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { parameter: string; message: string } };
      expect(body.error.parameter).toBe('cell');
      expect(body.error.message).toMatch(
        /1,442,401 cells; the limit is 250,000\. Choose a cell of at least 130 m/,
      );
      expect((await wide.request('/api/hotspots?cell=130', { cookie: who })).status).toBe(200);
    } finally {
      await wide.close();
      db.close();
    }
  });

  it('gives a cell its monthly trend and category mix under the filters', async () => {
    const res = await app.request(`/api/hotspots/cell?id=100_4410_2580&${Q}`, { cookie });
    expect(res.status).toBe(200);
    const cell = HotspotCell.parse(await res.json());
    expect(cell).toMatchObject({ id: '100_4410_2580', cell: 100, contacts: 3 });
    expect(cell.centre).toEqual({ easting: 441_050, northing: 258_050 });
    expect(cell.months).toEqual([
      { month: '2025-01', contacts: 0 },
      { month: '2025-02', contacts: 3 },
      { month: '2025-03', contacts: 0 },
    ]);
    expect(cell.categories).toEqual([{ category: 'noise', label: expect.any(String), contacts: 3 }]);
    for (const id of ['', '10_1_2', '250_x_1', '250_1']) {
      const bad = await app.request(`/api/hotspots/cell?id=${id}`, { cookie });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('id');
    }
  });

  it('is closed to anyone signed out', async () => {
    expect((await app.request('/api/hotspots')).status).toBe(401);
  });
});
