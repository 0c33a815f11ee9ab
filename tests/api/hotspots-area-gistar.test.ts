import { beforeAll, describe, expect, it } from 'vitest';
import type { BoundaryCollection } from '../../server/contract/dashboard.ts';
import { AreaHotspots, type AreaHotspot } from '../../server/contract/hotspots.ts';
import type { PlantedTruth } from '../../server/contract/planted-truth.ts';
import { AreaIndex } from '../../server/geo/area-index.ts';
import { polygonArea, type AreaGeometry } from '../../server/geo/boundary.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { bh, giStarByHand, sharedVertexNeighbours, twoSided } from '../helpers/area-gistar-by-hand.ts';
import { useDemoApp } from '../helpers/demo-db.ts';
import type { TestApp } from '../helpers/test-app.ts';

const demo = useDemoApp(5_000);
let app: TestApp;
let cookie: string;
let truth: PlantedTruth;
beforeAll(() => ({ app, cookie, truth } = demo));

async function areaGi(query: string, who = cookie): Promise<AreaHotspots> {
  const res = await app.request(`/api/hotspots/areas?${query}`, { cookie: who });
  expect(res.status, await res.clone().text()).toBe(200);
  return AreaHotspots.parse(await res.json());
}

async function boundaries(layer: string): Promise<BoundaryCollection> {
  const res = await app.request(`/api/boundaries/${layer}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as BoundaryCollection;
}

const indexes = (areas: readonly AreaHotspot[]) => {
  const at = new Map(areas.map((a, i) => [a.code, i]));
  return areas.map((a) => a.neighbours.map((code) => at.get(code) as number));
};

describe('GET /api/hotspots/areas over the demo data', () => {
  it('gives each small area the Gi* z of its rate, as worked by hand from the figures and neighbours', async () => {
    const h = await areaGi('layer=small_area');
    expect(h.method).toMatchObject({ weights: 'queen_contiguity', style: 'binary', selfIncluded: true });
    expect(h.method.value).toBe('rate');
    expect(h.method.valueNote).toMatch(/default/);
    for (const a of h.areas) expect(a.rate).toBeCloseTo(((a.count ?? 0) / (a.population ?? 1)) * 1000, 10);
    const z = giStarByHand(
      h.areas.map((a) => a.rate as number),
      indexes(h.areas),
    );
    h.areas.forEach((a, i) => expect(a.z, a.code).toBeCloseTo(z[i] as number, 9));
    expect(h.summary.islands).toEqual([]);
  });

  it('finds neighbours as the shared boundary points of the polygons say', async () => {
    const h = await areaGi('layer=small_area');
    const expected = sharedVertexNeighbours(await boundaries('small_area'));
    for (const a of h.areas) expect([...a.neighbours].sort(), a.code).toEqual(expected.get(a.code));
  });

  it('adjusts p for false discoveries as Benjamini-Hochberg, and classes by the adjusted p and the sign', async () => {
    const h = await areaGi('layer=small_area&value=count');
    expect(h.method.value).toBe('count');
    const z = giStarByHand(
      h.areas.map((a) => a.count as number),
      indexes(h.areas),
    );
    const p = z.map(twoSided);
    const adjusted = bh(p);
    h.areas.forEach((a, i) => {
      expect(a.z, a.code).toBeCloseTo(z[i] as number, 9);
      expect(a.p, a.code).toBeCloseTo(p[i] as number, 6);
      expect(a.pAdjusted, a.code).toBeCloseTo(adjusted[i] as number, 6);
      const q = adjusted[i] as number;
      const level = q < 0.01 ? '99' : q < 0.05 ? '95' : q < 0.1 ? '90' : null;
      expect(a.class, a.code).toBe(
        level ? `${(z[i] as number) > 0 ? 'hot' : 'cold'}_${level}` : 'not_significant',
      );
    });
    expect(h.summary.hot).toBe(h.areas.filter((a) => a.class?.startsWith('hot')).length);
    expect(h.summary.hot).toBeGreaterThan(0);
  });

  it('finds the planted hotspots hot among the small areas and the planted cold ward below the mean', async () => {
    const h = await areaGi('layer=small_area');
    const features = (await boundaries('small_area')).features;
    const index = new AreaIndex(
      features.map((f) => ({ code: f.properties.code, geometry: f.geometry as AreaGeometry })),
    );
    const [town, estate] = truth.hotspots;
    for (const spot of [town, estate]) {
      const code = features[index.inputAt(spot?.centre.lon ?? 0, spot?.centre.lat ?? 0)]?.properties.code;
      const area = h.areas.find((a) => a.code === code);
      expect(area?.z, spot?.name).toBeGreaterThan(0);
    }
    const townArea = features[index.inputAt(town?.centre.lon ?? 0, town?.centre.lat ?? 0)]?.properties.code;
    expect(h.areas.find((a) => a.code === townArea)?.class).toMatch(/^hot_/);

    const cold = truth.coldSpot;
    const wards = await areaGi(`layer=${cold.layerId}`);
    expect(wards.areas.find((a) => a.code === cold.code)?.z).toBeLessThan(0);
  });

  it('gives an area without neighbours no z and lists it: the one-area district', async () => {
    const h = await areaGi('layer=district');
    expect(h.summary).toMatchObject({ areas: 1, tested: 0, islands: ['DEMO'], hot: 0, cold: 0 });
    expect(h.areas[0]).toMatchObject({ z: null, p: null, pAdjusted: null, class: null, neighbours: [] });
  });

  it('falls back to counts where areas lack residents, refuses a rate there, and lists islands', async () => {
    const square = (x: number) =>
      [
        [x, 52.2],
        [x + 0.01, 52.2],
        [x + 0.01, 52.21],
        [x, 52.21],
      ] as [number, number][];
    const area = (code: string, x: number) => polygonArea({ code, name: code, population: null }, square(x));
    await insertBoundaryLayer(app.db, {
      id: 'beats',
      name: 'Beats',
      source: 'test',
      areas: [area('B1', -1.4), area('B2', -1.39), area('B3', -1.3)],
    });
    const h = await areaGi('layer=beats');
    expect(h.method.value).toBe('count');
    expect(h.method.valueNote).toMatch(/3 of the 3 areas have no residents/);
    expect(h.summary).toMatchObject({ areas: 3, tested: 2, islands: ['B3'] });
    expect(h.areas.map((a) => a.neighbours)).toEqual([['B2'], ['B1'], []]);
    expect(h.areas[2]).toMatchObject({ z: null, class: null });
    const res = await app.request('/api/hotspots/areas?layer=beats&value=rate', { cookie });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { parameter: string; message: string } };
    expect(body.error).toMatchObject({ parameter: 'value' });
    expect(body.error.message).toMatch(/residents for every area/);
  });

  it('serves every role; the board sees classes without z, and small counts hidden', async () => {
    const full = await areaGi('layer=small_area&category=drugs');
    for (const role of ['admin', 'tasking'])
      expect((await areaGi('layer=small_area', await app.login(role))).areas.length).toBe(106);
    const board = await areaGi('layer=small_area&category=drugs', await app.login('board'));
    expect(board.areas.map((a) => a.class)).toEqual(full.areas.map((a) => a.class));
    expect(board.areas.every((a) => a.z === null && a.p === null && a.pAdjusted === null)).toBe(true);
    const small = full.areas.filter((a) => (a.count ?? 0) > 0 && (a.count ?? 0) < 5);
    expect(small.length).toBeGreaterThan(0);
    for (const a of small)
      expect(board.areas.find((b) => b.code === a.code)).toMatchObject({ count: null, rate: null });
    expect(board.suppressed?.entries.length).toBeGreaterThanOrEqual(small.length);
    expect((await app.request('/api/hotspots/areas?layer=ward')).status).toBe(401);
  });

  const bad: [string, string, RegExp][] = [
    ['value=count', 'layer', /required/],
    ['layer=Ward!', 'layer', /valid layer/],
    ['layer=nowhere', 'layer', /Unknown boundary layer 'nowhere'/],
    ['layer=ward&value=density', 'value', /'rate' or 'count'/],
  ];
  for (const [query, parameter, message] of bad) {
    it(`answers 400 naming '${parameter}' for '${query}'`, async () => {
      const res = await app.request(`/api/hotspots/areas?${query}`, { cookie });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { parameter: string; message: string } };
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toMatch(message);
    });
  }
});
