import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BoardAreas,
  BoardChoices,
  BoardExceptions,
  BoardService,
  BoardTargets,
  type BoardCount,
} from '../../server/contract/board.ts';
import { AreaStats, Summary, Timeseries } from '../../server/contract/dashboard.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { latestTruth } from '../../server/generate/store/truth-store.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let db: Db;
let app: TestApp;
const cookie: Record<'admin' | 'analyst' | 'tasking' | 'board', string> = {
  admin: '',
  analyst: '',
  tasking: '',
  board: '',
};
beforeAll(async () => {
  db = await demoDb(20000);
  app = await startTestApp({ db });
  for (const role of Object.keys(cookie) as (keyof typeof cookie)[]) cookie[role] = await app.login(role);
});
afterAll(async () => {
  await app.close();
  db.close();
});

const getJson = async (path: string, as: keyof typeof cookie = 'analyst') => {
  const res = await app.request(path, { cookie: cookie[as] });
  expect(res.status, `${path} as ${as}: ${res.status === 200 ? '' : await res.clone().text()}`).toBe(200);
  return (await res.json()) as unknown;
};

/** Contacts per area of a layer in a period, counted here in SQL apart from the code under test. */
async function sqlAreaCounts(layer: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db.all<{ code: string; n: number }>(sql`select ca.area_code as code,
      count(distinct c.id)::integer as n
    from contact c join contact_area ca on ca.contact_id = c.id and ca.layer_id = ${layer}
    where c.received_on between ${from}::date and ${to}::date group by 1`);
  return new Map(rows.map((r) => [r.code, r.n]));
}

const hiddenCount = (cells: readonly BoardCount[]) => cells.filter((c) => c.suppressed !== null).length;

describe('GET /api/board/choices', () => {
  it('offers the complete quarters, latest first, and defaults to the last one the data cover', async () => {
    const c = BoardChoices.parse(await getJson('/api/board/choices'));
    const [{ last } = { last: '' }] = await db.all<{ last: string }>(
      sql`select max(received_on)::varchar as last from contact`,
    );
    // The demo data end on 2026-10-31, so October is whole but Q4 is not: Q3 is the last complete quarter.
    expect(last).toBe('2026-10-31');
    expect(c.defaultQuarter).toBe('2026-Q3');
    expect(c.quarters[0]).toMatchObject({ id: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(c.quarters.map((q) => q.id)).toContain('2025-Q3');
    expect(c.threshold).toBe(5);
  });

  it('defaults to the coarsest layer that divides the area, not a one-area layer', async () => {
    const c = BoardChoices.parse(await getJson('/api/board/choices'));
    expect(c.layers.find((l) => l.id === 'district')?.areas).toBe(1);
    expect(c.defaultLayer).toBe('ward');
  });

  it('tells the board it always sees suppressed figures and only admins that they may set targets', async () => {
    const board = BoardChoices.parse(await getJson('/api/board/choices', 'board'));
    const admin = BoardChoices.parse(await getJson('/api/board/choices', 'admin'));
    expect(board.viewer).toEqual({ alwaysSuppressed: true, mayEditTargets: false });
    expect(admin.viewer).toEqual({ alwaysSuppressed: false, mayEditTargets: true });
  });
});

describe('GET /api/board/areas', () => {
  it('counts each ward in the quarter and a year earlier as independent SQL does', async () => {
    const a = BoardAreas.parse(await getJson('/api/board/areas?layer=ward&quarter=2026-Q2'));
    expect(a.quarter).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    expect(a.comparison).toMatchObject({ id: '2025-Q2', from: '2025-04-01', to: '2025-06-30' });
    expect(a.suppression.applied).toBe(false);
    const now = await sqlAreaCounts('ward', '2026-04-01', '2026-06-30');
    const before = await sqlAreaCounts('ward', '2025-04-01', '2025-06-30');
    expect(a.rows).toHaveLength(20);
    for (const r of a.rows) {
      expect(r.current.value, r.code).toBe(now.get(r.code) ?? 0);
      expect(r.previous.value, r.code).toBe(before.get(r.code) ?? 0);
      expect(r.rate?.value).toBeCloseTo(((now.get(r.code) ?? 0) / (r.population ?? 1)) * 1000, 9);
      expect(r.rate?.low).toBeLessThan(r.rate?.value ?? 0);
    }
    expect(a.total.current.value).toBe([...now.values()].reduce((s, n) => s + n, 0));
  });

  it('changes its figures when the quarter changes', async () => {
    const q2 = BoardAreas.parse(await getJson('/api/board/areas?layer=ward&quarter=2026-Q2'));
    const q3 = BoardAreas.parse(await getJson('/api/board/areas?layer=ward&quarter=2026-Q3'));
    expect(q3.quarter.id).toBe('2026-Q3');
    expect(q3.rows.map((r) => r.current.value)).not.toEqual(q2.rows.map((r) => r.current.value));
  });

  it('applies the filter bar category but not its dates', async () => {
    const a = BoardAreas.parse(
      await getJson(
        '/api/board/areas?layer=ward&quarter=2026-Q2&category=noise&from=2024-01-01&to=2024-01-31',
      ),
    );
    const [{ n } = { n: -1 }] = await db.all<{ n: number }>(sql`select count(*)::integer as n from contact c
      where c.category = 'noise' and c.received_on between '2026-04-01' and '2026-06-30'
        and exists (select 1 from contact_area ca where ca.contact_id = c.id and ca.layer_id = 'ward')`);
    expect(a.total.current.value).toBe(n);
  });

  it('hides small counts from the board with secondary suppression, and their rates and changes', async () => {
    const a = BoardAreas.parse(await getJson('/api/board/areas?layer=small_area&quarter=2026-Q3', 'board'));
    const truth = await sqlAreaCounts('small_area', '2026-07-01', '2026-09-30');
    expect(a.suppression.applied).toBe(true);
    const small = a.rows.filter((r) => {
      const n = truth.get(r.code) ?? 0;
      return n > 0 && n < 5;
    });
    expect(small.length).toBeGreaterThan(0);
    for (const r of small) expect(r.current).toEqual({ value: null, suppressed: 'small_count' });
    for (const r of a.rows.filter((x) => x.current.suppressed !== null)) {
      expect(r.rate).toBeNull();
      expect(r.change?.percent ?? null).toBeNull();
      expect(r.change?.pTwoSided ?? null).toBeNull();
    }
    for (const r of a.rows)
      if (r.current.value !== null) expect(r.current.value === 0 || r.current.value >= 5).toBe(true);
    // The total is shown, so never exactly one hidden entry in the column: it would be the total minus the rest.
    for (const column of [a.rows.map((r) => r.current), a.rows.map((r) => r.previous)]) {
      expect(hiddenCount(column)).not.toBe(1);
    }
  });

  it('lets an analyst preview the figures as the board sees them, and never lets the board opt out', async () => {
    const path = '/api/board/areas?layer=small_area&quarter=2026-Q3';
    const preview = BoardAreas.parse(await getJson(`${path}&suppress=true`, 'analyst'));
    const board = BoardAreas.parse(await getJson(`${path}&suppress=false`, 'board'));
    expect(preview.suppression.applied).toBe(true);
    expect(board.suppression.applied).toBe(true);
    expect(preview.rows).toEqual(board.rows);
    expect(hiddenCount(board.rows.map((r) => r.current))).toBeGreaterThan(1);
  });

  it('answers 400 naming the parameter for a quarter the data do not cover or an unknown layer', async () => {
    for (const [path, parameter] of [
      ['/api/board/areas?quarter=2031-Q1', 'quarter'],
      ['/api/board/areas?quarter=2026-Q5', 'quarter'],
      ['/api/board/areas?layer=nowhere', 'layer'],
    ] as const) {
      const res = await app.request(path, { cookie: cookie.board });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
    }
  });
});

describe('GET /api/board/service', () => {
  it('shows the planted slow agency missing its SLA share, red against a target the others meet', async () => {
    const truth = await latestTruth(db);
    const slow = truth?.service.slowAgency ?? '';
    expect(slow).not.toBe('');
    const post = await app.request('/api/board/targets', {
      method: 'POST',
      cookie: cookie.admin,
      body: JSON.stringify({ measure: 'sla_share', target: 0.6, better: 'higher' }),
    });
    expect(post.status).toBe(201);
    const s = BoardService.parse(await getJson('/api/board/service?quarter=2026-Q3', 'board'));
    const slowRow = s.byAgency.rows.find((r) => r.key === slow);
    expect(slowRow?.rag?.status).toBe('red');
    const others = s.byAgency.rows.filter((r) => r.key !== slow && r.withinTarget !== null);
    expect(others.length).toBeGreaterThan(3);
    for (const r of others) expect(slowRow?.withinTarget?.high, r.key).toBeLessThan(r.withinTarget?.low ?? 0);
    const { id } = (await post.json()) as { id: number };
    expect(
      (await app.request(`/api/board/targets/${id}`, { method: 'DELETE', cookie: cookie.admin })).status,
    ).toBe(204);
  });

  it('measures the share within SLA as independent SQL does', async () => {
    const s = BoardService.parse(await getJson('/api/board/service?quarter=2026-Q3'));
    const rows = await db.all<{ agency: string; n: number; within: number }>(sql`select agency_code as agency,
        count(*)::integer as n,
        count(*) filter (where epoch(resolved_at) - epoch(coalesce(received_at, received_on + interval 12 hour))
          <= sla_target_hours * 3600)::integer as within
      from contact where received_on between '2026-07-01' and '2026-09-30' and resolved_at is not null
        and sla_target_hours is not null and time_precision <> 'month' group by 1`);
    for (const r of rows) {
      const row = s.byAgency.rows.find((x) => x.key === r.agency);
      expect(row?.resolvedWithTarget.value, r.agency).toBe(r.n);
      expect(row?.withinTarget?.value).toBeCloseTo(r.within / r.n, 12);
    }
  });

  it('never lets the board work a hidden service count out of a column and its total', async () => {
    const s = BoardService.parse(await getJson('/api/board/service?quarter=2026-Q3&category=drugs', 'board'));
    const hiddenSomewhere = [...s.byAgency.rows, ...s.byCategory.rows].some(
      (r) => r.backlog.suppressed !== null,
    );
    expect(hiddenSomewhere).toBe(true);
    for (const table of [s.byAgency, s.byCategory]) {
      for (const key of [
        'contacts',
        'resolved',
        'resolvedWithTarget',
        'backlog',
        'backlogPastTarget',
      ] as const) {
        const column = [...table.rows.map((r) => r[key]), table.total[key]];
        expect(hiddenCount(column), key).not.toBe(1);
        for (const c of column) if (c.value !== null) expect(c.value === 0 || c.value >= 5, key).toBe(true);
      }
      for (const r of table.rows) if (r.resolved.suppressed) expect(r.medianHours).toBeNull();
    }
  });
});

describe('GET /api/board/exceptions', () => {
  /** The small area holding most of the planted emerging hotspot's contacts, found here in SQL. */
  async function emergingArea(): Promise<string> {
    const spot = (await latestTruth(db))?.emergingHotspot;
    if (!spot) throw new Error('the demo data have no planted emerging hotspot');
    const { easting, northing } = spot.centre;
    const rows = await db.all<{ code: string }>(sql`select ca.area_code as code from contact c
      join contact_area ca on ca.contact_id = c.id and ca.layer_id = 'small_area'
      where (c.easting - ${easting}) ** 2 + (c.northing - ${northing}) ** 2 < ${spot.radiusM ** 2}
      group by 1 order by count(*) desc limit 1`);
    return rows[0]?.code ?? '';
  }

  it('lists the planted emerging hotspot as a real rise once it has grown, and only real changes', async () => {
    const code = await emergingArea();
    const e = BoardExceptions.parse(await getJson('/api/board/exceptions?layer=small_area&quarter=2026-Q3'));
    expect(e.tested).toBeGreaterThan(100);
    const spot = e.rows.find((r) => r.kind === 'area' && r.areaCode === code);
    expect(spot?.change.verdict).toBe('up');
    for (const r of e.rows) {
      expect(r.change.verdict).not.toBe('no_real_change');
      expect(r.pAdjusted).toBeLessThanOrEqual(0.034);
    }
  });

  it('does not list the hotspot area the year before it emerged', async () => {
    const code = await emergingArea();
    const e = BoardExceptions.parse(await getJson('/api/board/exceptions?layer=small_area&quarter=2025-Q3'));
    expect(e.rows.some((r) => r.areaCode === code)).toBe(false);
  });
});

describe('board targets', () => {
  const body = { measure: 'rate_per_1000', layer: 'ward', areaCode: 'DW01', target: 5, better: 'lower' };

  it('lets only admins add or remove targets', async () => {
    for (const role of ['analyst', 'tasking', 'board'] as const) {
      const res = await app.request('/api/board/targets', {
        method: 'POST',
        cookie: cookie[role],
        body: JSON.stringify(body),
      });
      expect(res.status, role).toBe(403);
      const del = await app.request('/api/board/targets/1', { method: 'DELETE', cookie: cookie[role] });
      expect(del.status, role).toBe(403);
    }
  });

  it('answers 400 naming the field for a bad target', async () => {
    for (const [bad, field] of [
      [{ ...body, target: 'five' }, 'target'],
      [{ ...body, layer: null }, 'layer'],
      [{ ...body, areaCode: 'ZZ99' }, 'areaCode'],
      [{ ...body, measure: 'sla_share', layer: null, areaCode: null, target: 80 }, 'target'],
      [{ ...body, better: 'sideways' }, 'better'],
    ] as const) {
      const res = await app.request('/api/board/targets', {
        method: 'POST',
        cookie: cookie.admin,
        body: JSON.stringify(bad),
      });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(field);
    }
  });

  it('shows an admin target as RAG by its interval, on the targets list and the area row', async () => {
    const res = await app.request('/api/board/targets', {
      method: 'POST',
      cookie: cookie.admin,
      body: JSON.stringify(body),
    });
    const { id } = (await res.json()) as { id: number };
    const t = BoardTargets.parse(await getJson('/api/board/targets?quarter=2026-Q3', 'board'));
    const row = t.targets.find((x) => x.id === id);
    const a = BoardAreas.parse(await getJson('/api/board/areas?layer=ward&quarter=2026-Q3', 'board'));
    const area = a.rows.find((r) => r.code === 'DW01');
    // The rule by hand: green when the interval's top is under the target, red when its bottom is over it.
    const { low, high } = area?.rate ?? { low: Number.NaN, high: Number.NaN };
    const expected = high < 5 ? 'green' : low > 5 ? 'red' : 'amber';
    expect(row?.rag).toBe(expected);
    expect(area?.rag).toMatchObject({ status: expected, target: 5, targetId: id });
    expect(row?.setBy).toBe('admin');
    expect(
      (await app.request(`/api/board/targets/${id}`, { method: 'DELETE', cookie: cookie.admin })).status,
    ).toBe(204);
    expect(
      (await app.request(`/api/board/targets/${id}`, { method: 'DELETE', cookie: cookie.admin })).status,
    ).toBe(404);
  });
});

describe('the working views as the board sees them', () => {
  it('leaves small areas out of /api/areas for the board, never just one, and names them', async () => {
    const path = '/api/areas?layer=small_area&from=2026-07-01&to=2026-09-30';
    const admin = AreaStats.parse(await getJson(path, 'admin'));
    const raw = (await getJson(path, 'board')) as {
      suppressed: { entries: { key: string; reason: string }[] };
    };
    const board = AreaStats.parse(raw);
    const small = admin.areas.filter((a) => a.contacts > 0 && a.contacts < 5).map((a) => a.code);
    expect(small.length).toBeGreaterThan(0);
    expect(board.areas.some((a) => a.contacts > 0 && a.contacts < 5)).toBe(false);
    const hidden = raw.suppressed.entries.map((e) => e.key);
    expect(hidden).toEqual(expect.arrayContaining(small));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(board.areas.length + hidden.length).toBe(admin.areas.length);
  });

  it('leaves small categories and months out of the summary and series for the board', async () => {
    const q = '?from=2026-07-01&to=2026-09-30&agency=fire';
    const admin = Summary.parse(await getJson(`/api/summary${q}`, 'admin'));
    const board = Summary.parse(await getJson(`/api/summary${q}`, 'board'));
    expect(admin.topCategories.some((c) => c.contacts < 5)).toBe(true);
    expect(board.topCategories.every((c) => c.contacts >= 5)).toBe(true);
    expect(admin.topCategories.length - board.topCategories.length).not.toBe(1);
    const series = Timeseries.parse(await getJson(`/api/timeseries?agency=fire`, 'board'));
    expect(series.points.every((p) => p.contacts === 0 || p.contacts >= 5)).toBe(true);
    expect(series.points.every((p) => p.lastYear === null || p.lastYear === 0 || p.lastYear >= 5)).toBe(true);
  });

  it('keeps record-like cell profiles from the board and hides small grid cells', async () => {
    const cell = await app.request('/api/hotspots/cell?id=250_1765_1034', { cookie: cookie.board });
    expect(cell.status).toBe(403);
    const grid = (await getJson('/api/hotspots?method=grid', 'board')) as { cells: { counts: number[] } };
    expect(grid.cells.counts.some((n) => n > 0 && n < 5)).toBe(false);
    const full = (await getJson('/api/hotspots?method=grid', 'analyst')) as { cells: { counts: number[] } };
    expect(full.cells.counts.some((n) => n > 0 && n < 5)).toBe(true);
  });
});
