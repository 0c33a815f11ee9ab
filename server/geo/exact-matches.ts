import { listValue } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { AreaIndex, type IndexedArea } from './area-index.ts';
import { withTempCsv } from './temp-csv.ts';

const CHUNK = 100_000;

/**
 * Tags the layer's n contacts in temp table geo_exact (from matchCells) by the exact test: flatbush
 * candidates, turf point in polygon. Reads them a chunk at a time and streams results to a
 * temporary CSV, so memory stays flat.
 */
export async function insertExactMatches(
  db: Executor,
  n: number,
  layerId: string,
  areas: readonly IndexedArea[],
): Promise<void> {
  if (n > 0) {
    const index = new AreaIndex(areas);
    let matched = false;
    await withTempCsv(
      async (put) => {
        for (let from = 1; from <= n; from += CHUNK) {
          const lines = testChunk(index, await readChunk(db, layerId, from));
          matched ||= lines !== '';
          await put(lines);
        }
      },
      // DuckDB cannot sniff an empty file: every point may fall outside (beside a drawn area's edge).
      async (file) => {
        if (!matched) return;
        await db.run(sql`insert into contact_area (contact_id, layer_id, area_code)
          select f.id, ${layerId}, list_extract(${listValue(areas.map((a) => a.code))}::varchar[], f.k + 1)
          from read_csv(${file}, header = false, columns = {'id': 'bigint', 'k': 'integer'}) f order by 3, 1`);
      },
    );
  }
}

// One text row per chunk: DuckDB prints doubles in their shortest exact form, so nothing is lost.
async function readChunk(db: Executor, layerId: string, from: number): Promise<string> {
  const [row] = await db.all<{
    text: string | null;
  }>(sql`select string_agg(id || ',' || lon || ',' || lat, chr(10)) as text
    from geo_exact where layer_id = ${layerId} and seq between ${from} and ${from + CHUNK - 1}`);
  return row?.text ?? '';
}

function testChunk(index: AreaIndex, text: string): string {
  let out = '';
  for (const line of text.split('\n')) {
    const [id, lon, lat] = line.split(',');
    const area = index.inputAt(Number(lon), Number(lat));
    if (area >= 0) out += `${id},${area}\n`;
  }
  return out;
}
