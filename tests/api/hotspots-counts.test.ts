import { beforeAll, describe, expect, it } from 'vitest';
import { Hotspots } from '../../server/contract/hotspots.ts';
import { decodeHotspots, type HotspotMap } from '../../server/contract/hotspots-map.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';
import { sql } from '../../server/db/sql.ts';
import { useDemoApp } from '../helpers/demo-db.ts';
import type { TestApp } from '../helpers/test-app.ts';

const demo = useDemoApp(5_000);
let app: TestApp;
let cookie: string;
let period: { from: string; to: string };

interface Located {
  [k: string]: unknown;
  easting: number | null;
  northing: number | null;
}

beforeAll(async () => {
  ({ app, cookie } = demo);
  // Contacts without coordinates, and one with a northing but no easting: counted as unlocated, never placed.
  await app.db.run(sql`update contact set easting = null, northing = null where id % 97 = 0`);
  await app.db.run(sql`update contact set easting = null where id % 89 = 0`);
  app.db.markChanged();
  const [last] = await app.db.all<{ to: string }>(sql`select max(received_on)::varchar as "to" from contact`);
  period = { from: `${Number(last?.to.slice(0, 4)) - 1}${last?.to.slice(4, 8)}01`, to: last?.to ?? '' };
});

const hotspots = async (query: string, method = 'grid'): Promise<HotspotMap> => {
  const res = await app.request(`/api/hotspots?method=${method}&${query}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return decodeHotspots(Hotspots.parse(await res.json()), bngToWgs84);
};

interface Filter {
  from: string;
  to: string;
  category?: string;
  ward?: string;
}

const queryOf = (f: Filter) => {
  const query = new URLSearchParams({ from: f.from, to: f.to });
  if (f.category) query.set('category', f.category);
  if (f.ward) query.set('area', `ward:${f.ward}`);
  return query.toString();
};

/** The contacts under the filters, picked by hand-written SQL rather than the app's filter builder. */
async function contactsUnder(f: Filter) {
  return app.db.all<Located>(sql`select c.easting, c.northing from contact c
    ${f.ward ? sql`join contact_area ca on ca.contact_id = c.id and ca.layer_id = 'ward' and ca.area_code = ${f.ward}` : sql``}
    where c.received_on >= ${f.from}::date and c.received_on <= ${f.to}::date
      ${f.category ? sql`and c.category = ${f.category}` : sql``}`);
}

/** Contacts per 250 m cell id, counted in JS from the coordinates, and those without both coordinates. */
function binned(rows: readonly Located[]) {
  const cells = new Map<string, number>();
  let unlocated = 0;
  for (const { easting, northing } of rows) {
    if (easting === null || northing === null) unlocated += 1;
    else {
      const id = `250_${Math.floor(easting / 250)}_${Math.floor(northing / 250)}`;
      cells.set(id, (cells.get(id) ?? 0) + 1);
    }
  }
  return { cells, unlocated };
}

describe('GET /api/hotspots counts against an independent count of the contacts', () => {
  const busiestWard = async () => {
    const [w] = await app.db.all<{ code: string }>(sql`select area_code as code from contact_area
      where layer_id = 'ward' group by 1 order by count(*) desc, 1 limit 1`);
    return w?.code ?? '';
  };

  it('places every located contact in its cell and counts the unlocated, for several filters', async () => {
    const ward = await busiestWard();
    const lastMonth = `${period.to.slice(0, 8)}01`;
    const cases: Filter[] = [
      { ...period },
      { ...period, category: 'noise' },
      { ...period, ward },
      { from: lastMonth, to: period.to },
      { from: lastMonth, to: period.to, category: 'noise', ward },
    ];
    for (const f of cases) {
      const h = await hotspots(queryOf(f));
      const want = binned(await contactsUnder(f));
      const label = JSON.stringify(f);
      expect(h.summary.noLocation, label).toBe(want.unlocated);
      expect(h.cells.counts.every((n) => n > 0)).toBe(true);
      h.cells.ids.forEach((id, i) => expect(h.cells.counts[i], `${label} ${id}`).toBe(want.cells.get(id)));
      // Located contacts in no shown cell fall outside the study area.
      const shown = new Set(h.cells.ids);
      const off = [...want.cells].filter(([id]) => !shown.has(id)).reduce((s, [, n]) => s + n, 0);
      expect(h.summary.outside, label).toBe(off);
      expect(h.summary.contacts + off + want.unlocated, label).toBe((await contactsUnder(f)).length);
    }
  });

  it('counts the same for emerging hotspots, which read the months and the totals in one pass', async () => {
    const ward = await busiestWard();
    const cases: Filter[] = [{ ...period }, { ...period, category: 'noise', ward }];
    for (const f of cases) {
      const [grid, emerging] = [await hotspots(queryOf(f)), await hotspots(queryOf(f), 'emerging')];
      const want = binned(await contactsUnder(f));
      expect(emerging.summary).toMatchObject({
        contacts: grid.summary.contacts,
        outside: grid.summary.outside,
        noLocation: want.unlocated,
      });
      emerging.cells.ids.forEach((id, i) =>
        expect(emerging.cells.counts[i], id).toBe(want.cells.get(id) ?? 0),
      );
    }
  });

  it('has contacts without coordinates in the default period to count', async () => {
    const h = await hotspots(new URLSearchParams(period).toString());
    expect(h.summary.noLocation).toBeGreaterThan(0);
  });
});
