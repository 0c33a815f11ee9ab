import fs from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHiddenLayer } from '../../server/contract/hidden-layers.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import type { AreaGeometry } from '../../server/geo/boundary.ts';
import { wgs84ToBng } from '../../server/geo/projection.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { removeBatch } from '../../server/ingest/remove-batch.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { canonicalCsv, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { options, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { squareArea } from '../helpers/rollup-changes.ts';

// The ingest's area assignment against a plain point-in-polygon over every stored area (turf, lowest
// code on a shared edge), on generated demo contacts and on hand-made edge cases.
const dir = tempDir();
let db: Db;
let generated: number;
let edges: number;

interface Area {
  layer: string;
  code: string;
  geometry: AreaGeometry;
}
let areas: Area[];

/** Each contact's expected area per layer ("contact|layer" -> code) and out-of-area flag, by turf. */
async function expected(batchId: number) {
  const points = await db.all<{ id: number; lon: number | null; lat: number | null; located: boolean }>(
    sql`select id::integer as id, lon, lat,
      (lon is not null and lat is not null or easting is not null and northing is not null) as located
    from contact where batch_id = ${batchId}`,
  );
  const tags = new Map<string, string>();
  const outside = new Set<number>();
  for (const p of points) {
    let inReal = false;
    for (const a of areas) {
      if (p.lon === null || p.lat === null || !booleanPointInPolygon([p.lon, p.lat], a.geometry)) continue;
      const key = `${p.id}|${a.layer}`;
      if (!tags.has(key) || (tags.get(key) as string) > a.code) tags.set(key, a.code);
      inReal ||= !isHiddenLayer(a.layer);
    }
    if (p.located && !inReal) outside.add(p.id);
  }
  return { tags, outside, points: points.length };
}

async function stored(batchId: number) {
  const rows = await db.all<{ id: number; layer_id: string; area_code: string }>(
    sql`select ca.contact_id::integer as id, ca.layer_id, ca.area_code from contact_area ca
      join contact c on c.id = ca.contact_id where c.batch_id = ${batchId}`,
  );
  const flagged = await db.all<{ id: number }>(
    sql`select id::integer as id from contact where batch_id = ${batchId} and out_of_area`,
  );
  return {
    tags: new Map(rows.map((r) => [`${r.id}|${r.layer_id}`, r.area_code])),
    rows: rows.length,
    outside: new Set(flagged.map((r) => r.id)),
  };
}

async function ingest(name: string, content?: string): Promise<number> {
  const file = path.join(dir, name);
  if (content === undefined)
    await generateCsv(fs.createWriteStream(file), demoshireSite(), {
      records: 2_000,
      seed: 77,
      from: '2025-01-01',
      to: '2025-12-31',
    });
  else writeFile(dir, name, content);
  const r = await ingestFile(db, file, options());
  if (r.outcome !== 'loaded' || r.batchId === null) throw new Error(`${name}: ${r.outcome}`);
  return r.batchId;
}

const [inE, inN] = wgs84ToBng(-1.4, 52.22);
const [farE, farN] = wgs84ToBng(-4.9, 50.4);

beforeAll(async () => {
  db = await demoDb(500);
  // A drawn outline over the region, Cornwall and Scotland, so over every located contact of the edge
  // cases: a hidden layer, which never makes a contact in area.
  await db.transaction((tx) =>
    insertBoundaryLayer(tx, {
      id: 'drawn_9',
      name: 'Drawn',
      source: 'test',
      areas: [squareArea('X', -3, 53, 4)],
    }),
  );
  areas = (
    await db.all<{ layer: string; code: string; geometry: string }>(
      sql`select layer_id as layer, code, geometry::varchar as geometry from area`,
    )
  ).map((a) => ({ ...a, geometry: JSON.parse(a.geometry) as AreaGeometry }));
  await db.run(sql`insert into postcode_centroid (postcode, easting, northing, lat, lon, source)
    values ('LE15ZZ', ${inE}, ${inN}, 52.22, -1.4, 'test')`);
  generated = await ingest('generated.csv');
  edges = await ingest(
    'edges.csv',
    canonicalCsv([
      validRow(1, { lat: '52.22', lon: '-1.4' }),
      validRow(2, { lat: '50.4', lon: '-4.9' }), // Cornwall: outside every area
      validRow(3, { lat: '', lon: '', easting: inE.toFixed(1), northing: inN.toFixed(1) }),
      validRow(4, { lat: '', lon: '', easting: farE.toFixed(1), northing: farN.toFixed(1) }),
      validRow(5, { lat: '', lon: '', postcode: 'LE1 5ZZ' }),
      validRow(6, { lat: '', lon: '', postcode: 'LE99 9ZZ' }), // not geocoded: neither tagged nor flagged
      validRow(7, { lat: '56.0', lon: '-3.2' }), // Scotland
    ]),
  );
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('assigning areas at ingest', () => {
  it('tags every generated contact with the area turf finds in each layer, and flags none wrongly', async () => {
    const want = await expected(generated);
    const got = await stored(generated);
    expect(want.points).toBe(2_000);
    expect(got.rows).toBe(want.tags.size);
    expect(got.tags).toEqual(want.tags);
    expect(got.outside).toEqual(want.outside);
  });

  it('flags contacts outside every real layer, BNG-only and postcode ones included, a drawn outline aside', async () => {
    const want = await expected(edges);
    const got = await stored(edges);
    expect(got.tags).toEqual(want.tags);
    expect([...got.outside].length).toBe(3);
    expect(got.outside).toEqual(want.outside);
    const byRef = await db.all<{ ref: string; out: boolean; layers: number }>(
      sql`select c.source_record_id as ref, c.out_of_area as out,
        (select count(*) from contact_area ca where ca.contact_id = c.id)::integer as layers
      from contact c where c.batch_id = ${edges} order by ref`,
    );
    expect(byRef).toEqual([
      { ref: 'T-1', out: false, layers: 4 },
      { ref: 'T-2', out: true, layers: 1 },
      { ref: 'T-3', out: false, layers: 4 },
      { ref: 'T-4', out: true, layers: 1 },
      { ref: 'T-5', out: false, layers: 4 },
      { ref: 'T-6', out: false, layers: 0 },
      { ref: 'T-7', out: true, layers: 1 },
    ]);
  });

  it('stores a batch area rows by layer and area, and by contact within an area', async () => {
    const rows = await db.all<{ id: number; layer_id: string; area_code: string }>(
      sql`select contact_id::integer as id, layer_id, area_code from contact_area
        where contact_id in (select id from contact where batch_id = ${generated}) order by rowid`,
    );
    // Each part is written sorted by (area, contact): first every layer's cell-tagged rows, then, layer by
    // layer, the few tested exactly. A run ends where the layer changes or that order goes back, so rows in
    // any other order would make far more runs.
    const key = (r: (typeof rows)[number]) => `${r.area_code}|${String(r.id).padStart(12, '0')}`;
    const runs: (typeof rows)[] = [];
    for (const r of rows) {
      const last = runs.at(-1)?.at(-1);
      if (last && last.layer_id === r.layer_id && key(last) <= key(r)) runs.at(-1)?.push(r);
      else runs.push([r]);
    }
    const layers = [...new Set(rows.map((r) => r.layer_id))].sort();
    expect(layers.length).toBeGreaterThan(1);
    expect(runs.slice(0, layers.length).map((run) => run[0]?.layer_id)).toEqual(layers);
    expect(runs.length).toBeLessThanOrEqual(2 * layers.length);
    expect(runs.slice(layers.length).flat().length).toBeLessThan(rows.length / 20);
  });

  it('leaves the other batch untouched when one is removed', async () => {
    const before = await stored(edges);
    await removeBatch(db, generated);
    const rows = await db.all<{ n: number }>(
      sql`select count(*)::integer as n from contact_area where contact_id not in (select id from contact)`,
    );
    expect(rows[0]?.n).toBe(0);
    expect(await stored(edges)).toEqual(before);
  });
});
