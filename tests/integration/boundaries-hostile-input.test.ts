import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { loadBoundaryLayer } from '../../server/ingest/boundaries/load-boundary-layer.ts';
import { deprivationKind, populationKind } from '../../server/ingest/population/area-value-kinds.ts';
import { loadAreaValues } from '../../server/ingest/population/load-area-values.ts';
import { testDb } from '../helpers/test-app.ts';
import { FIXTURE_PROPS, insertPoints, tempDir, TWO_SQUARES } from './geo-fixtures.ts';

const files = tempDir();
let db: Db;

/** Everything a failed load must leave as it was. */
const snapshot = () =>
  db.all(sql`select (select value from app_meta where key = 'data_version') as version,
    (select string_agg(id || ':' || name, ',' order by id) from boundary_layer) as layers,
    (select string_agg(layer_id || code || ':' || coalesce(population, -1), ',' order by layer_id, code) from area) as areas,
    (select count(*)::integer from area_cell) as cells,
    (select string_agg(contact_id || layer_id || area_code, ',' order by contact_id, layer_id) from contact_area) as tags,
    (select string_agg(area_code || ':' || imd_rank, ',' order by area_code) from area_deprivation) as imd`);

beforeAll(async () => {
  db = await testDb();
  await insertPoints(db, [
    { id: 1, lon: -1.15, lat: 52.62 },
    { id: 2, lon: -1.05, lat: 52.68 },
  ]);
  const file = files.write('squares.geojson', JSON.stringify(TWO_SQUARES));
  await loadBoundaryLayer(db, { layerId: 'squares', name: 'Squares', file, ...FIXTURE_PROPS });
  const csv = files.write('pop.csv', 'code,people\nA,"1,500"\nB,900\n');
  await loadAreaValues(
    db,
    { layerId: 'squares', file: csv, codeColumn: 'code', allowUnknownCodes: false },
    populationKind('people'),
  );
});
afterAll(() => {
  db.close();
  files.remove();
});

const loadLayer = (name: string, text: string, layerId = 'squares') =>
  loadBoundaryLayer(db, { layerId, name: 'Squares', file: files.write(name, text), ...FIXTURE_PROPS });

const withFeature = (change: (f: Record<string, unknown>) => unknown, index = 1) =>
  JSON.stringify({
    ...TWO_SQUARES,
    features: TWO_SQUARES.features.map((f, i) => (i === index ? change(structuredClone(f)) : f)),
  });

describe('boundary files that must be refused, leaving the stored layer as it was', () => {
  it.each([
    ['bad.geojson', '{"type": "FeatureCollection", "features": [', /bad\.geojson: is not valid JSON/],
    ['list.geojson', '[1, 2]', /list\.geojson: is not a GeoJSON FeatureCollection/],
    ['empty.geojson', '{"type":"FeatureCollection","features":[]}', /empty\.geojson: has no features/],
    [
      'nocode.geojson',
      withFeature((f) => ({ ...f, properties: { NAME: 'East' } })),
      /nocode\.geojson: feature 1: has no code property CODE \(properties: NAME\)/,
    ],
    [
      'line.geojson',
      withFeature((f) => ({
        ...f,
        geometry: {
          type: 'LineString',
          coordinates: [
            [-1.1, 52.6],
            [-1, 52.7],
          ],
        },
      })),
      /line\.geojson: feature 1: \(B\) geometry type "LineString" is not Polygon or MultiPolygon/,
    ],
    [
      'nogeom.geojson',
      withFeature((f) => ({ ...f, geometry: null })),
      /nogeom\.geojson: feature 1: \(B\) has no geometry/,
    ],
    [
      'open.geojson',
      withFeature((f) => ({
        ...f,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-1.1, 52.6],
              [-1, 52.6],
              [-1, 52.7],
              [-1.1, 52.7],
            ],
          ],
        },
      })),
      /open\.geojson: feature 1: \(B\) outer ring is not closed/,
    ],
    [
      'bng.geojson',
      withFeature((f) => ({
        ...f,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [450000, 300000],
              [451000, 300000],
              [451000, 301000],
              [450000, 300000],
            ],
          ],
        },
      })),
      /bng\.geojson: feature 1: \(B\) outer ring position 0: \[450000,300000\] is not WGS84 longitude\/latitude/,
    ],
    [
      'nan.geojson',
      withFeature((f) => ({
        ...f,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-1.1, 52.6],
              ['x', 52.6],
              [-1, 52.7],
              [-1.1, 52.6],
            ],
          ],
        },
      })),
      /nan\.geojson: feature 1: \(B\) outer ring position 1: \["x",52\.6\] is not a pair of numbers/,
    ],
    [
      'twice.geojson',
      withFeature((f) => ({ ...f, properties: { CODE: 'A', NAME: 'Again' } })),
      /twice\.geojson: feature 1: code A is also the code of feature 0/,
    ],
    [
      'crs.geojson',
      JSON.stringify({
        ...TWO_SQUARES,
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } },
      }),
      /crs\.geojson: declares crs urn:ogc:def:crs:EPSG::27700/,
    ],
  ])('%s', async (name, text, message) => {
    const before = await snapshot();
    await expect(loadLayer(name, text)).rejects.toThrow(message);
    expect(await snapshot()).toEqual(before);
  });

  it('names a file that cannot be read', async () => {
    const file = `${files.dir}/missing.geojson`;
    await expect(loadBoundaryLayer(db, { layerId: 'x', name: 'X', file, ...FIXTURE_PROPS })).rejects.toThrow(
      /missing\.geojson: cannot be read \(ENOENT\)/,
    );
  });

  it('refuses a layer id that is not a plain name', async () => {
    await expect(loadLayer('ok.geojson', JSON.stringify(TWO_SQUARES), 'Bad Id')).rejects.toThrow(
      /layer id 'Bad Id'/,
    );
  });
});

const loadPopulation = (name: string, text: string, allowUnknownCodes = false) =>
  loadAreaValues(
    db,
    { layerId: 'squares', file: files.write(name, text), codeColumn: 'code', allowUnknownCodes },
    populationKind('people'),
  );

describe('population and deprivation files that must be refused, leaving stored values as they were', () => {
  it('reads a BOM, CRLF and quoted thousands separators', async () => {
    await loadPopulation('bom.csv', '\uFEFFcode,people\r\nA,"1,928"\r\nB,"12,345"\r\n');
    const rows = await db.all(
      sql`select code, population from area where layer_id = 'squares' order by code`,
    );
    expect(rows).toEqual([
      { code: 'A', population: 1928 },
      { code: 'B', population: 12345 },
    ]);
  });

  it.each([
    [
      'word.csv',
      'code,people\nA,100\nB,lots\n',
      /word\.csv: 1 bad value\(s\): line 3, column "people": "lots" is not a whole number/,
    ],
    [
      'neg.csv',
      'code,people\nA,-5\nB,7\n',
      /neg\.csv: 1 bad value\(s\): line 2, column "people": "-5" is not a whole number/,
    ],
    [
      'gap.csv',
      'code,people\nA,\nB,7\n',
      /gap\.csv: 1 bad value\(s\): line 2, column "people": empty value is not a whole number/,
    ],
    ['sep.csv', 'code,people\nA,"1,92"\nB,7\n', /line 2, column "people": "1,92" is not a whole number/],
    [
      'nocode.csv',
      'code,people\n,5\nB,7\n',
      /line 2, column "code": empty value where an area code is needed/,
    ],
    ['dup.csv', 'code,people\nA,5\nB,7\nA,6\n', /line 4, column "code": "A" repeats the code of line 2/],
    [
      'unknown.csv',
      'code,people\nA,5\nZ1,7\nZ2,8\n',
      /unknown\.csv: 2 area code\(s\) are not in layer squares, e\.g\. Z1, Z2/,
    ],
    [
      'nocol.csv',
      'code,persons\nA,5\n',
      /nocol\.csv: --population-column: no column "people" in the header \(columns: "code", "persons"\)/,
    ],
  ])('%s', async (name, text, message) => {
    const before = await snapshot();
    await expect(loadPopulation(name, text)).rejects.toThrow(message);
    expect(await snapshot()).toEqual(before);
  });

  it('loads the known codes and reports the unknown ones when asked to', async () => {
    const r = await loadPopulation('some.csv', 'code,people\nA,5\nZ9,7\n', true);
    expect(r).toMatchObject({
      rows: 1,
      unknown: 1,
      unknownExamples: ['Z9'],
      missing: 1,
      missingExamples: ['B'],
    });
  });

  it('refuses a decile outside 1..10', async () => {
    const file = files.write('imd.csv', 'code,rank,decile\nA,10,1\nB,20,11\n');
    const before = await snapshot();
    await expect(
      loadAreaValues(
        db,
        { layerId: 'squares', file, codeColumn: 'code', allowUnknownCodes: false },
        deprivationKind('rank', 'decile'),
      ),
    ).rejects.toThrow(/imd\.csv: 1 bad value\(s\): line 3, column "decile": "11" is outside 1\.\.10/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a layer that does not exist', async () => {
    const file = files.write('x.csv', 'code,people\nA,1\n');
    await expect(
      loadAreaValues(
        db,
        { layerId: 'nope', file, codeColumn: 'code', allowUnknownCodes: false },
        populationKind('people'),
      ),
    ).rejects.toThrow(/Boundary layer 'nope' not found/);
  });
});
