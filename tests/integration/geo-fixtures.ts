import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { SHARED_DATA } from '../helpers/shared-data.ts';

export const DATA = SHARED_DATA;
export const LLR = `${DATA}/boundaries/llr`;
export const ASB_FILES = `${DATA}/police_uk/leicestershire/street_asb/*.csv`;
export const IOD = `${DATA}/deprivation_population`;

export const LSOA11 = {
  file: `${LLR}/llr_lsoa2011_bgc.geojson`,
  codeProperty: 'LSOA11CD',
  nameProperty: 'LSOA11NM',
};
export const WARDS = {
  file: `${LLR}/llr_wards2025_bgc.geojson`,
  codeProperty: 'WD25CD',
  nameProperty: 'WD25NM',
};
export const DISTRICTS = {
  file: `${LLR}/llr_lad_from_wards2025.geojson`,
  codeProperty: 'LAD_CODE',
  nameProperty: 'LAD_NAME',
};

export interface TestPoint {
  id: number;
  lon?: number;
  lat?: number;
  easting?: number;
  northing?: number;
}

/** Stores bare contacts (only what assignment reads) in a new batch; returns the batch id. */
export async function insertPoints(db: Db, points: readonly TestPoint[]): Promise<number> {
  const [row] = await db.all<{ id: number }>(sql`insert into batch (source) values ('test') returning id`);
  const batchId = row?.id as number;
  for (const p of points)
    await db.run(sql`insert into contact (id, batch_id, agency_code, received_on, time_precision, category,
        asb_type, lon, lat, easting, northing)
      values (${p.id}, ${batchId}, 'police', date '2024-01-01', 'day', 'noise', 'nuisance',
        ${p.lon ?? null}::double, ${p.lat ?? null}::double, ${p.easting ?? null}::double, ${p.northing ?? null}::double)`);
  return batchId;
}

/** Each contact's area code in a layer (null where none), by contact id. */
export async function areasOf(db: Db, layerId: string): Promise<Record<number, string | null>> {
  const rows = await db.all<{
    id: number;
    code: string | null;
  }>(sql`select c.id::integer as id, ca.area_code as code
    from contact c left join contact_area ca on ca.contact_id = c.id and ca.layer_id = ${layerId} order by c.id`);
  return Object.fromEntries(rows.map((r) => [r.id, r.code]));
}

export async function count(db: Db, q: ReturnType<typeof sql>): Promise<number> {
  const rows = await db.all<{ n: number }>(sql`select count(*)::integer as n from (${q})`);
  return rows[0]?.n ?? 0;
}

type Position = [number, number];
const feature = (code: string, name: string, rings: Position[][]) => ({
  type: 'Feature',
  properties: { CODE: code, NAME: name },
  geometry: { type: 'Polygon', coordinates: rings },
});
const box = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** Two squares sharing the edge lon = -1.1 ("A" west, "B" east); A has a hole around (-1.15, 52.65). */
export const TWO_SQUARES = {
  type: 'FeatureCollection',
  features: [
    feature('A', 'West', [box(-1.2, 52.6, -1.1, 52.7), box(-1.16, 52.64, -1.14, 52.66)]),
    feature('B', 'East', [box(-1.1, 52.6, -1.0, 52.7)]),
  ],
};

/** One square over both of TWO_SQUARES, as a MultiPolygon of two halves. */
export const ONE_DISTRICT = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { CODE: 'D', NAME: 'District' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[box(-1.2, 52.6, -1.1, 52.7)], [box(-1.1, 52.6, -1.0, 52.7)]],
      },
    },
  ],
};

export const FIXTURE_PROPS = { codeProperty: 'CODE', nameProperty: 'NAME' };

/** A temporary folder for files a test writes, removed by the returned function. */
export function tempDir(): {
  dir: string;
  write: (name: string, text: string) => string;
  remove: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-geo-test-'));
  return {
    dir,
    write: (name, text) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
