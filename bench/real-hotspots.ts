/**
 * The hotspot figures quoted in docs/hotspots.md, on the real police.uk data:
 *   bash scripts/load-real-llr.sh /tmp/llr.duckdb && node --import tsx bench/real-hotspots.ts /tmp/llr.duckdb
 * Prints the five hottest Gi* cells with their busiest place and LSOA, the five busiest LSOAs against the
 * force-wide rate, concentration, and PAI/PEI of each method, for the default period (last 12 months).
 */
import type { HotspotQuery } from '../server/contract/hotspots.ts';
import { Db } from '../server/db/database.ts';
import { sql } from '../server/db/sql.ts';
import { getAreas } from '../server/services/get-areas.ts';
import { getHotPlaces } from '../server/services/hotspots/get-hot-places.ts';
import { getHotspotAccuracy } from '../server/services/hotspots/get-hotspot-accuracy.ts';
import { getHotspots } from '../server/services/hotspots/get-hotspots.ts';
import { resolveFilters } from '../server/services/resolve-filters.ts';

const path = process.argv[2] ?? '/tmp/llr.duckdb';
const db = await Db.open({ path, threads: 2, memoryLimit: '2GB', maxConcurrent: 1 });
const query = (method: HotspotQuery['method']) => ({ method, all: 'false' }) as HotspotQuery;
try {
  const rf = await resolveFilters(db, {});
  const { from, to } = rf.filters;
  const h = await getHotspots(db, query('gistar'), rf);
  console.log(`${from} to ${to}: ${h.cells.ids.length} cells shown`, h.summary);
  const order = h.cells.ids.map((_, i) => i).sort((a, b) => (h.cells.z?.[b] ?? 0) - (h.cells.z?.[a] ?? 0));
  for (const i of order.slice(0, 5)) {
    const [cell = 0, col = 0, row = 0] = (h.cells.ids[i] ?? '').split('_').map(Number);
    const [top] = await db.all<{ place: string; lsoa: string | null }>(sql`
      select c.location_ref as place, any_value(a.name) as lsoa from contact c
      left join contact_area ca on ca.contact_id = c.id and ca.layer_id = 'lsoa11'
      left join area a on a.layer_id = 'lsoa11' and a.code = ca.area_code
      where c.received_on between ${from}::date and ${to}::date
        and floor(c.easting / ${cell}) = ${col} and floor(c.northing / ${cell}) = ${row}
      group by 1 order by count(*) desc limit 1`);
    console.log(
      `cell ${h.cells.ids[i]}: ${h.cells.counts[i]} contacts, z ${h.cells.z?.[i]?.toFixed(1)},`,
      top,
    );
  }
  const areas = await getAreas(db, 'lsoa11', rf);
  console.log('force rate per 1,000', areas.significance);
  for (const a of [...areas.areas].sort((x, y) => y.contacts - x.contacts).slice(0, 5))
    console.log(
      `${a.code} ${a.name}: ${a.contacts}, ${a.rate?.toFixed(1)} (${a.rateLow?.toFixed(1)}-${a.rateHigh?.toFixed(1)}) ${a.versusForce}`,
    );
  const places = await getHotPlaces(db, { limit: 5 }, rf, true);
  const shares = (c: typeof places.byPlace) => ({
    units: c.units,
    top1: c.top1,
    top5: c.top5,
    top10: c.top10,
  });
  console.log('concentration: places', shares(places.byPlace), 'cells', shares(places.byCell));
  for (const method of ['grid', 'kde', 'gistar'] as const) {
    const a = await getHotspotAccuracy(db, query(method), 0.05, rf);
    console.log(
      `${method}: trained ${JSON.stringify(a.training)} PAI ${a.pai?.toFixed(2)} PEI ${a.pei?.toFixed(2)}`,
    );
  }
} finally {
  db.close();
}
