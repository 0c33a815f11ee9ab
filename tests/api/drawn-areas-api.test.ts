import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrawnArea, DrawnAreaList, type DrawnPolygon } from '../../server/contract/drawn-areas.ts';
import { Options, Summary } from '../../server/contract/dashboard.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { canonicalCsv, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { options, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let analyst: string;
let period: string;
const dir = tempDir();
beforeAll(async () => {
  app = await startTestApp({ db: await demoDb(5_000) });
  analyst = await app.login('analyst');
  const [p] = await app.db.all<{ a: string; b: string }>(
    sql`select min(received_on)::varchar as a, max(received_on)::varchar as b from contact`,
  );
  period = `from=${p?.a}&to=${p?.b}`;
});
afterAll(async () => {
  await app.close();
  app.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An irregular pentagon over the middle of the demo district (lon -1.53..-1.26, lat 52.15..52.30). */
const PENTAGON: DrawnPolygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.43, 52.2],
      [-1.37, 52.19],
      [-1.35, 52.23],
      [-1.39, 52.26],
      [-1.44, 52.24],
      [-1.43, 52.2],
    ],
  ],
};
/** Overlaps the pentagon's east side. */
const SQUARE: DrawnPolygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.38, 52.2],
      [-1.33, 52.2],
      [-1.33, 52.25],
      [-1.38, 52.25],
      [-1.38, 52.2],
    ],
  ],
};

const send = (method: string, path: string, body?: unknown, cookie = analyst) =>
  app.request(path, { method, cookie, body: body === undefined ? undefined : JSON.stringify(body) });

async function draw(geometry: DrawnPolygon, name?: string, cookie = analyst): Promise<DrawnArea> {
  const res = await send('POST', '/api/drawn-areas', { name, geometry }, cookie);
  expect(res.status, await res.clone().text()).toBe(201);
  return DrawnArea.parse(await res.json());
}

/** The test's own point-in-polygon count over the stored coordinates. */
async function insideCount(geometry: DrawnPolygon): Promise<number> {
  const rows = await app.db.all<{ lon: number; lat: number }>(
    sql`select lon, lat from contact where lon is not null and lat is not null`,
  );
  return rows.filter((r) => booleanPointInPolygon([r.lon, r.lat], geometry)).length;
}

const summary = async (query: string) => {
  const res = await send('GET', `/api/summary?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return Summary.parse(await res.json());
};

describe('POST /api/drawn-areas', () => {
  it('tags exactly the contacts inside the outline, and area=<layer>:<code> filters the summary to them', async () => {
    const area = await draw(PENTAGON, 'Town centre patch');
    const expected = await insideCount(PENTAGON);
    expect(expected).toBeGreaterThan(100);
    expect(area).toMatchObject({
      name: 'Town centre patch',
      createdBy: 'analyst',
      mine: true,
      shared: false,
    });
    expect(area.layer).toBe(`drawn_${area.code}`);
    expect(area.code).toMatch(/^[a-z2-9]{10}$/);
    expect(area.contacts).toBe(expected);
    const all = await summary(period);
    const inside = await summary(`${period}&area=${area.layer}:${area.code}`);
    expect(inside.contacts).toBe(expected);
    expect(inside.contacts).toBeLessThan(all.contacts);
  });

  it('keeps every contact of two overlapping drawings: each counts its own outline', async () => {
    const square = await draw(SQUARE);
    expect(square.name).toMatch(/^Drawn area \d+$/);
    expect(square.contacts).toBe(await insideCount(SQUARE));
    const both = (
      await app.db.all<{ n: number }>(sql`select count(*)::integer as n from contact_area a
      join contact_area b on a.contact_id = b.contact_id
      where starts_with(a.layer_id, 'drawn_') and starts_with(b.layer_id, 'drawn_') and a.layer_id < b.layer_id`)
    )[0];
    expect(both?.n).toBeGreaterThan(0);
  });

  it('tags contacts loaded afterwards through the ordinary ingest', async () => {
    const area = await draw(SQUARE, 'Later load');
    const rows = [validRow(1, { lat: '52.22', lon: '-1.35' }), validRow(2, { lat: '52.22', lon: '-1.50' })];
    const file = writeFile(dir, 'later.csv', canonicalCsv(rows));
    const r = await ingestFile(app.db, file, options());
    expect(r.counts.loaded).toBe(2);
    const after = (await send('GET', '/api/drawn-areas').then((x) => x.json())) as DrawnAreaList;
    expect(after.areas.find((a) => a.code === area.code)?.contacts).toBe(area.contacts + 1);
  });

  it('loads a batch whose only contact lies just outside a drawn edge', async () => {
    const area = await draw(SQUARE, 'Edge');
    // 0.000002 degrees (15 cm) west of the square's west edge: in a lookup cell the edge crosses.
    const file = writeFile(dir, 'edge.csv', canonicalCsv([validRow(3, { lat: '52.225', lon: '-1.380002' })]));
    const r = await ingestFile(app.db, file, options());
    expect(r.counts.loaded).toBe(1);
    const after = DrawnAreaList.parse(await (await send('GET', '/api/drawn-areas')).json());
    expect(after.areas.find((a) => a.code === area.code)?.contacts).toBe(area.contacts);
  });

  it('leaves drawn areas out of the layers offered for the map and the filter bar', async () => {
    const o = Options.parse(await (await send('GET', '/api/options')).json());
    expect(o.layers.map((l) => l.id).sort()).toEqual(['district', 'small_area', 'ward']);
    const ward = await send('GET', '/api/areas?layer=ward');
    expect(ward.status).toBe(200);
    // The hotspot study area is the coarsest base layer, never a one-area drawing.
    const hot = (await (await send('GET', '/api/hotspots?method=gistar')).json()) as {
      studyArea: { layer: string };
    };
    expect(hot.studyArea.layer).toBe('district');
  });
});

describe('invalid outlines', () => {
  const ring = (...points: [number, number][]) => ({ type: 'Polygon', coordinates: [points] });
  const cases: [string, unknown, RegExp][] = [
    ['no geometry', { name: 'x' }, /field 'geometry'/],
    ['a point', { geometry: { type: 'Point', coordinates: [-1.4, 52.2] } }, /field 'geometry.type'/],
    ['two corners', { geometry: ring([-1.4, 52.2], [-1.39, 52.2], [-1.4, 52.2]) }, /at least 3 corners/],
    [
      'an open ring',
      { geometry: ring([-1.4, 52.2], [-1.39, 52.2], [-1.39, 52.21], [-1.4, 52.21]) },
      /must be closed/,
    ],
    [
      'a latitude out of range',
      { geometry: ring([-1.4, 52.2], [-1.39, 95], [-1.39, 52.21], [-1.4, 52.2]) },
      /latitude must be -90 to 90/,
    ],
    [
      'a bow tie',
      { geometry: ring([-1.4, 52.2], [-1.38, 52.22], [-1.38, 52.2], [-1.4, 52.22], [-1.4, 52.2]) },
      /field 'geometry'.*crosses itself/,
    ],
    [
      'an outline far from the boundaries',
      { geometry: ring([0.1, 51.5], [0.2, 51.5], [0.2, 51.6], [0.1, 51.5]) },
      /field 'geometry'.*outside the loaded boundaries/,
    ],
    [
      '501 corners',
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              ...Array.from({ length: 501 }, (_, i): [number, number] => [
                -1.4 + 0.02 * Math.cos((2 * Math.PI * i) / 501),
                52.22 + 0.02 * Math.sin((2 * Math.PI * i) / 501),
              ]),
              [-1.38, 52.22],
            ],
          ],
        },
      },
      /at most 500 corners/,
    ],
    [
      'an outline larger than the whole mapped area',
      { geometry: ring([-1.55, 52.135], [-1.24, 52.135], [-1.24, 52.31], [-1.55, 52.31], [-1.55, 52.135]) },
      /field 'geometry'.*larger than the whole mapped area/,
    ],
    [
      'an outline enclosing a few square metres',
      { geometry: ring([-1.4, 52.2], [-1.39999, 52.2], [-1.4, 52.20001], [-1.4, 52.2]) },
      /field 'geometry'.*encloses no ground/,
    ],
    ['a long name', { name: 'n'.repeat(81), geometry: PENTAGON }, /field 'name'/],
  ];
  for (const [what, body, message] of cases)
    it(`refuses ${what} with a 400 naming the field`, async () => {
      const res = await send('POST', '/api/drawn-areas', body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toMatch(message);
    });
});

describe('who may draw, see and delete', () => {
  it('lets the board apply shared areas but not draw or delete, and no one signed out see any', async () => {
    const shared = DrawnArea.parse(
      await (
        await send('POST', '/api/drawn-areas', { name: 'For the board', shared: true, geometry: SQUARE })
      ).json(),
    );
    const board = await app.login('board');
    const list = DrawnAreaList.parse(await (await send('GET', '/api/drawn-areas', undefined, board)).json());
    expect(list.canDraw).toBe(false);
    expect(list.areas.every((a) => a.shared)).toBe(true);
    expect(list.areas.map((a) => a.code)).toContain(shared.code);
    expect(list.areas.find((a) => a.code === shared.code)?.canDelete).toBe(false);
    expect((await send('POST', '/api/drawn-areas', { geometry: SQUARE }, board)).status).toBe(403);
    expect((await send('DELETE', `/api/drawn-areas/${shared.code}`, undefined, board)).status).toBe(403);
    expect((await app.request('/api/drawn-areas')).status).toBe(401);
    const mine = DrawnAreaList.parse(await (await send('GET', '/api/drawn-areas')).json());
    expect(mine.canDraw).toBe(true);
  });

  it('lists a private area only to whoever drew it and to administrators; shared ones to all', async () => {
    const tasking = await app.login('tasking');
    const admin = await app.login('admin');
    const mine = await draw(SQUARE, 'Private');
    const res = await send(
      'POST',
      '/api/drawn-areas',
      { name: 'Shared', shared: true, geometry: SQUARE },
      analyst,
    );
    const shared = DrawnArea.parse(await res.json());
    const codes = async (cookie: string) =>
      DrawnAreaList.parse(await (await send('GET', '/api/drawn-areas', undefined, cookie)).json()).areas.map(
        (a) => a.code,
      );
    expect(await codes(tasking)).toContain(shared.code);
    expect(await codes(tasking)).not.toContain(mine.code);
    expect(await codes(admin)).toContain(mine.code);
    expect((await send('DELETE', `/api/drawn-areas/${mine.code}`, undefined, tasking)).status).toBe(403);
  });

  it('deletes an area with its layer and contact tags; the filter then names it unknown', async () => {
    const area = await draw(PENTAGON, 'Short-lived');
    const tags = sql`select count(*)::integer as n from contact_area where layer_id = ${area.layer}`;
    expect((await app.db.all<{ n: number }>(tags))[0]?.n).toBe(area.contacts);
    expect((await send('DELETE', `/api/drawn-areas/${area.code}`)).status).toBe(204);
    expect((await app.db.all<{ n: number }>(tags))[0]?.n).toBe(0);
    const left = await app.db.all(sql`select 1 from area where layer_id = ${area.layer}
      union all select 1 from boundary_layer where id = ${area.layer}
      union all select 1 from drawn_area where code = ${area.code}`);
    expect(left).toEqual([]);
    const filtered = await send('GET', `/api/summary?area=${area.layer}:${area.code}`);
    expect(filtered.status).toBe(400);
    expect((await send('DELETE', `/api/drawn-areas/${area.code}`)).status).toBe(404);
  });
});
