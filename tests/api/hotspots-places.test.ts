import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { AreaStats } from '../../server/contract/dashboard.ts';
import { AreaProfile, HotPlaces, HotspotCell, Hotspots } from '../../server/contract/hotspots.ts';
import { decodeHotspots } from '../../server/contract/hotspots-map.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';
import type { PlantedTruth } from '../../server/contract/planted-truth.ts';
import { sql } from '../../server/db/sql.ts';
import { useDemoApp } from '../helpers/demo-db.ts';
import type { TestApp } from '../helpers/test-app.ts';

const demo = useDemoApp(5_000);
let app: TestApp;
let cookie: string;
let truth: PlantedTruth;
beforeAll(() => ({ app, cookie, truth } = demo));

const getJson = async <T>(path: string, schema: { parse: (x: unknown) => T }, who = cookie) => {
  const res = await app.request(path, { cookie: who });
  expect(res.status, await res.clone().text()).toBe(200);
  return schema.parse(await res.json());
};

// An independent exact Poisson two-sided p-value: sum of pmf values no larger than the observed one.
function poissonP(x: number, mu: number): number {
  const logPmf = (k: number) => -mu + k * Math.log(mu) - logFactorial(k);
  const at = logPmf(x);
  let p = 0;
  for (let k = 0; k < Math.max(60, 3 * mu + 20 * Math.sqrt(mu) + x); k++)
    if (logPmf(k) <= at + 1e-7) p += Math.exp(logPmf(k));
  return Math.min(1, p);
}
const logFactorial = (k: number) => {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
};

describe('GET /api/areas: areas against the force-wide rate', () => {
  it('flags the same wards as an independent Poisson test with Benjamini-Hochberg, and the planted cold spot below', async () => {
    const r = await getJson('/api/areas?layer=ward', AreaStats);
    const rate = (r.total.contactsWithPopulation as number) / (r.total.population as number);
    const tested = r.areas.filter((a) => a.population);
    const p = tested.map((a) => poissonP(a.contacts, (a.population as number) * rate));
    const order = p.map((_, i) => i).sort((i, j) => (p[i] as number) - (p[j] as number));
    const adjusted = new Array<number>(p.length);
    let running = 1;
    for (let r2 = order.length - 1; r2 >= 0; r2--) {
      const i = order[r2] as number;
      running = Math.min(running, ((p[i] as number) * p.length) / (r2 + 1));
      adjusted[i] = running;
    }
    tested.forEach((a, i) => {
      expect(a.pAdjusted).toBeCloseTo(adjusted[i] as number, 8);
      const want =
        (adjusted[i] as number) < 0.05
          ? a.contacts > (a.expected as number)
            ? 'above'
            : 'below'
          : 'not_different';
      expect(a.versusForce, a.code).toBe(want);
    });
    expect(r.significance?.above).toBeGreaterThan(0);
    expect(r.significance?.rule).toMatch(/Benjamini-Hochberg/);
    const cold = truth.coldSpot;
    const coldLayer = await getJson(`/api/areas?layer=${cold.layerId}`, AreaStats);
    expect(coldLayer.areas.find((a) => a.code === cold.code)?.versusForce).toBe('below');
  });

  it('does not test areas when the filters hold one area', async () => {
    const [ward] = await app.db.all<{ code: string }>(
      sql`select code from area where layer_id = 'ward' limit 1`,
    );
    const r = await getJson(`/api/areas?layer=ward&area=ward:${ward?.code ?? ''}`, AreaStats);
    expect(r.significance).toBeNull();
    expect(r.areas.every((a) => a.versusForce === null)).toBe(true);
  });
});

describe('GET /api/hotspots/places', () => {
  it('lists the busiest places exactly as an independent count, and the planted town centre among them', async () => {
    const h = await getJson('/api/hotspots/places?limit=10', HotPlaces);
    const want = await app.db.all<{ ref: string; n: number }>(sql`select location_ref as ref,
        count(*)::integer as n from contact
      where received_on between ${h.period.from}::date and ${h.period.to}::date and location_ref is not null
      group by 1 order by n desc, ref limit 10`);
    expect(h.places.map((p) => [p.ref, p.contacts])).toEqual(want.map((w) => [w.ref, w.n]));
    const [town] = truth.hotspots;
    if (!town) throw new Error('the demo plants a town centre');
    const metres = (lat: number, lon: number) =>
      Math.hypot(
        (lat - town.centre.lat) * 111_200,
        (lon - town.centre.lon) * 111_200 * Math.cos((town.centre.lat * Math.PI) / 180),
      );
    const inTown = h.places.slice(0, 5).filter((p) => metres(p.lat ?? 0, p.lon ?? 0) < town.radiusM);
    expect(inTown.length).toBeGreaterThan(0);
  });

  it('refuses a bad limit or cell, naming the parameter', async () => {
    for (const [query, parameter] of [
      ['limit=0', 'limit'],
      ['limit=lots', 'limit'],
      ['cell=10', 'cell'],
    ]) {
      const res = await app.request(`/api/hotspots/places?${query}`, { cookie });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
    }
  });

  it('draws concentration curves that rise to 1 and never fall, for places and for cells', async () => {
    const h = await getJson('/api/hotspots/places', HotPlaces);
    for (const c of [h.byPlace, h.byCell]) {
      expect(c.curve).toHaveLength(101);
      expect(c.curve[0]).toEqual({ unitShare: 0, contactShare: 0 });
      expect(c.curve.at(-1)?.contactShare).toBe(1);
      for (let i = 1; i < c.curve.length; i++)
        expect(c.curve[i]?.contactShare).toBeGreaterThanOrEqual(c.curve[i - 1]?.contactShare as number);
      expect(c.top10 as number).toBeGreaterThan(0.1);
    }
    const total = await app.db.all<{ n: number; places: number }>(sql`select count(*)::integer as n,
        count(distinct location_ref)::integer as places from contact
      where received_on between ${h.period.from}::date and ${h.period.to}::date and location_ref is not null`);
    expect(h.byPlace.units).toBe(total[0]?.places);
    expect(h.contacts).toBe(total[0]?.n);
    // Cells with no contacts count as places with none: most of the study area is empty.
    expect(h.byCell.top10 as number).toBeGreaterThan(0.5);
  });

  it('keeps place references and small-area profiles from the board', async () => {
    const board = await app.login('board');
    const h = await getJson('/api/hotspots?method=grid', Hotspots);
    const id = h.cells.ids[h.cells.counts.indexOf(Math.max(...h.cells.counts))] as string;
    for (const path of [`/api/hotspots/cell?id=${id}`, '/api/hotspots/area?area=district:D'])
      expect((await app.request(path, { cookie: board })).status, path).toBe(403);
    const forBoard = await getJson('/api/hotspots/places', HotPlaces, board);
    expect(forBoard.placeDetail).toBe(false);
    expect(forBoard.places).toEqual([]);
    const forAnalyst = await getJson('/api/hotspots/places', HotPlaces);
    expect(forAnalyst.placeDetail).toBe(true);
    expect(forBoard.byPlace).toEqual(forAnalyst.byPlace);
  });
});

describe('GET /api/hotspots/cell and /api/hotspots/area: the side panel profile', () => {
  it('gives a cell its hour x weekday with month-only records left out and counted, and its top places', async () => {
    const h = await getJson('/api/hotspots?method=grid', Hotspots);
    const i = h.cells.counts.indexOf(Math.max(...h.cells.counts));
    const cell = await getJson(`/api/hotspots/cell?id=${h.cells.ids[i]}`, HotspotCell);
    expect(cell.contacts).toBe(h.cells.counts[i]);
    const hw = cell.hourWeekday;
    const { monthOnly, dayOnly, invalid } = hw.leftOut;
    expect(hw.records + monthOnly + dayOnly + invalid).toBe(cell.contacts);
    const spread = hw.cells.flat().reduce((a, b) => a + b, 0);
    expect(spread).toBeCloseTo(hw.records, 1);
    expect(cell.topPlaces.length).toBeGreaterThan(0);
    expect(cell.topPlaces.reduce((n, p) => n + p.contacts, 0)).toBeLessThanOrEqual(cell.contacts);
  });

  it('profiles an area through the area filter, agreeing with the area counts', async () => {
    const areas = await getJson('/api/areas?layer=ward', AreaStats);
    const busiest = [...areas.areas].sort((a, b) => b.contacts - a.contacts)[0];
    if (!busiest) throw new Error('the demo has wards');
    const p = await getJson(`/api/hotspots/area?area=ward:${busiest.code}`, AreaProfile);
    expect(p.area).toEqual({ layer: 'ward', code: busiest.code, name: busiest.name });
    expect(p.contacts).toBe(busiest.contacts);
    expect(p.months.reduce((n, m) => n + m.contacts, 0)).toBe(busiest.contacts);
    const res = await app.request('/api/hotspots/area', { cookie });
    expect(res.status).toBe(400);
  });
});

describe('emerging hotspots on the demo', () => {
  it('over two years (quarterly slices) calls the planted emerging hotspot new, consecutive or intensifying, and leaves near-empty cells as none', async () => {
    const h = decodeHotspots(
      await getJson('/api/hotspots?method=emerging&all=true&from=2024-11-01&to=2026-10-31', Hotspots),
      bngToWgs84,
    );
    expect(h.emerging).toEqual({ slice: 'quarter', slices: 8, minContacts: 4 });
    const grow = truth.emergingHotspot;
    const half = h.parameters.cell / 2;
    const at = h.cells.ids.findIndex(
      (_, k) =>
        Math.abs((h.cells.easting[k] as number) - grow.centre.easting) <= half &&
        Math.abs((h.cells.northing[k] as number) - grow.centre.northing) <= half,
    );
    expect(['new_hot', 'consecutive_hot', 'intensifying_hot']).toContain(h.cells.emerging?.[at]);
    const patterns = h.cells.emerging ?? [];
    const sparse = patterns.filter((_, k) => (h.cells.counts[k] as number) <= 1);
    expect(sparse.filter((p) => p === 'none').length / sparse.length).toBeGreaterThan(0.99);
    expect(patterns.filter((p) => p === 'none').length / patterns.length).toBeGreaterThan(0.9);
  });
});

// node:http rather than fetch: fetch adds Cache-Control: no-cache to a conditional request and never gunzips silently here.
const httpGet = (path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    get(app.url + path, { headers: { cookie, ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(parts) }),
      );
    }).on('error', reject);
  });

describe('compressed and conditional answers', () => {
  it('sends a large hotspot answer gzip-encoded when asked, and 304 for an unchanged one', async () => {
    const path = '/api/hotspots?method=gistar&all=true';
    const plain = await httpGet(path, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(100_000);
    const zipped = await httpGet(path, { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.bytes).equals(plain.bytes)).toBe(true);
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 4);
    const etag = String(zipped.headers.etag);
    const again = await httpGet(path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it('compresses answers outside the result cache too (boundaries)', async () => {
    const res = await httpGet('/api/boundaries/ward', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.bytes).toString()).type).toBe('FeatureCollection');
  });
});
