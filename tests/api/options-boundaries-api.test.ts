import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundaryCollection, Options } from '../../server/contract/dashboard.ts';
import { CATEGORIES } from '../../server/contract/taxonomy.ts';
import { bumpDataVersion } from '../../server/queries/meta.ts';
import { startFixtureApp } from '../helpers/contact-fixtures.ts';
import { startTestApp, testConfig, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let cookie: string;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, cookie, close } = await startFixtureApp('board'));
});
afterAll(() => close());

describe('GET /api/options', () => {
  it('lists agencies with their contacts, every category, the loaded layers and no tiles by default', async () => {
    const res = await app.request('/api/options', { cookie });
    expect(res.status).toBe(200);
    const o = Options.parse(await res.json());
    expect(o.agencies.find((a) => a.code === 'police')).toEqual({
      code: 'police',
      name: 'Demo Constabulary',
      kind: 'police',
      contacts: 5,
    });
    expect(o.agencies.find((a) => a.code === 'fire')?.contacts).toBe(0);
    expect(o.categories.map((c) => c.code)).toEqual([...CATEGORIES]);
    expect(o.layers).toEqual([{ id: 'ward', name: 'Wards', areas: 2 }]);
    expect(o.map).toEqual({ tileUrl: null, tileAttribution: null });
  });

  it('passes on the configured map tiles', async () => {
    const tiled = await startTestApp({
      db: app.db,
      config: testConfig({
        ICSB_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
        ICSB_TILE_ATTRIBUTION: '© Example',
      }),
    });
    const o = (await (
      await tiled.request('/api/options', { cookie: await tiled.login('analyst') })
    ).json()) as Options;
    expect(o.map).toEqual({
      tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
      tileAttribution: '© Example',
    });
    await tiled.close();
  });
});

describe('GET /api/boundaries/:layer', () => {
  it('answers the layer as a GeoJSON FeatureCollection with code, name and population', async () => {
    const res = await app.request('/api/boundaries/ward', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const fc = BoundaryCollection.parse(await res.json());
    expect(fc.features.map((f) => f.properties)).toEqual([
      { code: 'W1', name: 'Ward One', population: 1_000 },
      { code: 'W2', name: 'Ward Two', population: 2_000 },
    ]);
    expect(fc.features[0]?.geometry.type).toBe('Polygon');
    expect(fc.bbox?.map((v) => Number(v.toFixed(6)))).toEqual([-1.41, 52.2, -1.39, 52.21]);
  });

  it('answers 304 to the current ETag and a fresh body once the data change', async () => {
    const first = await app.request('/api/boundaries/ward', { cookie });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"boundaries-ward-v\d+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await app.request('/api/boundaries/ward', { cookie, headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await bumpDataVersion(app.db);
    const changed = await app.request('/api/boundaries/ward', { cookie, headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('answers 400 naming the parameter for a malformed layer and 404 for an unknown one', async () => {
    const bad = await app.request('/api/boundaries/Not%20A%20Layer', { cookie });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('layer');
    const unknown = await app.request('/api/boundaries/lsoa', { cookie });
    expect(unknown.status).toBe(404);
  });

  it('needs a session', async () => {
    expect((await app.request('/api/boundaries/ward')).status).toBe(401);
  });
});
