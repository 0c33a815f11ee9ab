import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { beforeAll, describe, expect, it } from 'vitest';
import { AreaStats, Summary } from '../../server/contract/dashboard.ts';
import type { DrawnPolygon } from '../../server/contract/drawn-areas.ts';
import { Hotspots } from '../../server/contract/hotspots.ts';
import { CATEGORY_HARM, ProblemDetail, ProblemList } from '../../server/contract/tasking.ts';
import { sql } from '../../server/db/sql.ts';
import { useDemoApp } from '../helpers/demo-db.ts';

const env = useDemoApp(5_000);
let period: string;
beforeAll(async () => {
  const [p] = await env.app.db.all<{ a: string; b: string }>(
    sql`select min(received_on)::varchar as a, max(received_on)::varchar as b from contact`,
  );
  period = `from=${p?.a}&to=${p?.b}`;
});

const send = (method: string, path: string, body?: unknown) =>
  env.app.request(path, {
    method,
    cookie: env.cookie,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const getJson = async (path: string) => {
  const res = await send('GET', path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as unknown;
};
const contactsIn = async (area: string) =>
  Summary.parse(await getJson(`/api/summary?${period}&area=${area}`)).contacts;

async function create(place: unknown, title = 'Problem'): Promise<ProblemDetail> {
  const body = { title, place, ownerAgency: 'police', reviewDate: '2030-01-31' };
  const res = await send('POST', '/api/problems', body);
  expect(res.status, await res.clone().text()).toBe(201);
  return ProblemDetail.parse(await res.json());
}

/** An irregular pentagon over the middle of the demo district. */
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

describe('POST /api/problems', () => {
  it('makes an area place that holds exactly the contacts of that area', async () => {
    const wards = AreaStats.parse(await getJson(`/api/areas?layer=ward&${period}`));
    const ward = [...wards.areas].sort((a, b) => b.contacts - a.contacts)[0];
    if (!ward) throw new Error('the demo has wards');
    const p = await create({ kind: 'area', layer: 'ward', code: ward.code }, 'Busiest ward');
    expect(p.problem.placeLabel).toBe(ward.name);
    expect(p.problem.areaFilter).toBe(`problem_${p.problem.id}:${p.problem.id}`);
    expect(p.problem.geometry.type).toMatch(/Polygon/);
    expect(p.problem.areaKm2).toBeGreaterThan(0);
    const inPlace = await contactsIn(p.problem.areaFilter);
    expect(inPlace).toBeGreaterThan(50);
    expect(inPlace).toBe(await contactsIn(`ward:${ward.code}`));
    expect(inPlace).toBe(ward.contacts);
  });

  it('makes a cells place that holds exactly the contacts of those hotspot squares', async () => {
    const hot = Hotspots.parse(await getJson(`/api/hotspots?method=grid&cell=250&${period}`));
    const busiest = hot.cells.ids
      .map((id, i) => ({ id, count: hot.cells.counts[i] ?? 0 }))
      .sort((a, b) => b.count - a.count)
      .slice(0, 6);
    const p = await create({ kind: 'cells', cells: busiest.map((c) => c.id) }, 'Six hot cells');
    expect(p.problem.placeLabel).toBe('6 grid cells of 250 m');
    expect(p.problem.areaKm2).toBeCloseTo(6 * 0.0625, 2);
    const expected = busiest.reduce((s, c) => s + c.count, 0);
    expect(expected).toBeGreaterThan(20);
    expect(await contactsIn(p.problem.areaFilter)).toBe(expected);
  });

  it('makes a polygon place that holds exactly the contacts inside the outline', async () => {
    const p = await create({ kind: 'polygon', geometry: PENTAGON }, 'Drawn patch');
    expect(p.problem.placeLabel).toBe('Outline drawn on the map');
    const rows = await env.app.db.all<{ lon: number; lat: number }>(
      sql`select lon, lat from contact where lon is not null and lat is not null`,
    );
    const inside = rows.filter((r) => booleanPointInPolygon([r.lon, r.lat], PENTAGON)).length;
    expect(inside).toBeGreaterThan(100);
    expect(await contactsIn(p.problem.areaFilter)).toBe(inside);
  });
});

/** The last three full months of data and the three before, worked out here from the last contact day. */
async function windows() {
  const [r] = await env.app.db.all<{ last: string }>(
    sql`select max(received_on)::varchar as last from contact`,
  );
  const last = new Date(`${r?.last}T00:00:00Z`);
  const nextDay = new Date(last.getTime() + 86_400_000);
  const lastFull =
    nextDay.getUTCDate() === 1 ? last : new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 0));
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  const [y, m] = [lastFull.getUTCFullYear(), lastFull.getUTCMonth()];
  return {
    now: `from=${day(y, m - 2, 1)}&to=${day(y, m + 1, 0)}`,
    before: `from=${day(y, m - 5, 1)}&to=${day(y, m - 2, 0)}`,
    sixMonths: [day(y, m - 5, 1), day(y, m + 1, 0)] as const,
  };
}

describe('priority', () => {
  it('recomputes volume, trend, harm and vulnerable repeat callers from independent counts', async () => {
    const wards = AreaStats.parse(await getJson(`/api/areas?layer=ward&${period}`));
    const ward = [...wards.areas].sort((a, b) => b.contacts - a.contacts)[1];
    if (!ward) throw new Error('the demo has wards');
    const categories = ['rowdy', 'intimidation', 'noise', 'drugs'] as const;
    const body = {
      title: 'Rowdy evenings',
      place: { kind: 'area', layer: 'ward', code: ward.code },
      categories,
      ownerAgency: 'city_council',
      reviewDate: '2030-01-31',
    };
    const created = await send('POST', '/api/problems', body);
    expect(created.status, await created.clone().text()).toBe(201);
    const { problem } = ProblemDetail.parse(await created.json());
    const w = await windows();
    const filter = `area=ward:${ward.code}&category=${categories.join(',')}`;
    const now = Summary.parse(await getJson(`/api/summary?${w.now}&${filter}`));
    const before = Summary.parse(await getJson(`/api/summary?${w.before}&${filter}`));
    const harm = now.topCategories.reduce((s, c) => s + c.contacts * CATEGORY_HARM[c.category], 0);
    const callers = await vulnerableRepeatCallers(ward.code, categories, w.sixMonths);
    const p = problem.priority;
    expect(p.volume).toBe(now.contacts);
    expect(p.volume).toBeGreaterThan(10);
    expect(p.previousVolume).toBe(before.contacts);
    expect(p.trendZ).toBeCloseTo(2 * (Math.sqrt(now.contacts) - Math.sqrt(before.contacts)), 3);
    expect(p.harmWeight).toBeCloseTo(harm / now.contacts, 3);
    expect(callers).toBeGreaterThan(0);
    expect(p.vulnerableRepeatCallers).toBe(callers);
    const expected = harm * (1 + Math.max(0, p.trendZ) / 2) + 5 * callers;
    expect(p.score).toBeCloseTo(expected, 1);
  });

  it('orders the list by score and hides small counts from the board', async () => {
    const w = await windows();
    const hot = Hotspots.parse(await getJson(`/api/hotspots?method=grid&cell=250&${w.now}`));
    const quiet = hot.cells.ids.find((_, i) => (hot.cells.counts[i] ?? 0) === 2);
    if (!quiet) throw new Error('the demo has a cell with two contacts in the last three months');
    await create({ kind: 'cells', cells: [quiet] }, 'Quiet corner');
    const list = ProblemList.parse(await getJson('/api/problems'));
    const scores = list.problems.map((p) => p.priority.score);
    expect(scores.length).toBeGreaterThanOrEqual(4);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const board = await env.app.login('board');
    const res = await env.app.request('/api/problems', { cookie: board });
    expect(res.status).toBe(200);
    const seen = ProblemList.parse(await res.json());
    expect(seen.canWrite).toBe(false);
    for (const p of list.problems) {
      const b = seen.problems.find((x) => x.id === p.id);
      const v = p.priority.volume ?? 0;
      expect(b?.priority.volume).toBe(v > 0 && v < 5 ? null : v);
      expect(b?.priority.score).toBe(p.priority.score);
    }
    const small = seen.problems.find((p) => p.title === 'Quiet corner');
    expect(small?.priority.volume).toBeNull();
    expect(list.problems.find((p) => p.title === 'Quiet corner')?.priority.volume).toBe(2);
  });
});

/** Callers flagged vulnerable with 3+ complaints (linked reports once) in the ward and categories over six months. */
async function vulnerableRepeatCallers(
  ward: string,
  categories: readonly string[],
  [from, to]: readonly [string, string],
): Promise<number> {
  const rows = await env.app.db.all<{
    caller: string;
    complaint: string;
    vulnerable: boolean;
    category: string;
  }>(
    sql`select c.caller_ref as caller, coalesce(c.incident_id, c.id)::varchar as complaint, c.vulnerable, c.category
      from contact c join contact_area a on a.contact_id = c.id and a.layer_id = 'ward' and a.area_code = ${ward}
      where c.caller_ref is not null and c.received_on between ${from}::date and ${to}::date`,
  );
  const byCaller = new Map<string, { complaints: Set<string>; vulnerable: boolean }>();
  for (const r of rows.filter((x) => categories.includes(x.category))) {
    const c = byCaller.get(r.caller) ?? { complaints: new Set(), vulnerable: false };
    c.complaints.add(r.complaint);
    c.vulnerable ||= r.vulnerable;
    byCaller.set(r.caller, c);
  }
  return [...byCaller.values()].filter((c) => c.vulnerable && c.complaints.size >= 3).length;
}
