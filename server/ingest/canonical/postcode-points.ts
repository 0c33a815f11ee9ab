import type { Executor } from '../../db/database.ts';
import { withJoinsAsWritten } from '../../db/joins-as-written.ts';
import { sql } from '../../db/sql.ts';
import { postcodeKey } from './canonical-rows.ts';

/**
 * Typed rows (a committed temporary table) that give a postcode and no coordinates take its centroid
 * from postcode_centroid; an unknown postcode leaves them without (not geocoded, but kept). An update
 * after the typing statement rather than a join in it, so the typed rows keep the file's order.
 */
export async function fillPostcodePoints(ex: Executor, table: string): Promise<void> {
  const t = { text: table, params: [] };
  // The join's hash table on the centroids, as written, and the rows updated in table order.
  await withJoinsAsWritten(ex, () =>
    ex.run(sql`update ${t} as t set lat = pc.lat, lon = pc.lon, easting = pc.easting, northing = pc.northing
      from postcode_centroid pc
      where not t.failed and t.lat is null and t.easting is null and t.postcode is not null
        and pc.postcode = ${postcodeKey(sql`t.postcode`)}`),
  );
}
