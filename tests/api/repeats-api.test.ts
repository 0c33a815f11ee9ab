import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPEAT_SORTS,
  RepeatConcentration,
  RepeatList,
  type RepeatRow,
} from '../../server/contract/repeats.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { latestTruth } from '../../server/generate/store/truth-store.ts';
import { sortRepeats } from '../../server/services/repeats/sort-repeats.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let db: Db;
let app: TestApp;
let cookie: string;
const cookies = new Map<string, string>();
beforeAll(async () => {
  db = await demoDb(20_000);
  app = await startTestApp({ db });
  for (const user of ['admin', 'analyst', 'tasking', 'board']) cookies.set(user, await app.login(user));
  cookie = cookies.get('analyst') ?? '';
});
afterAll(async () => {
  await app.close();
  db.close();
});

const getText = async (path: string, as = cookie) => {
  const res = await app.request(path, { cookie: as });
  expect(res.status, path).toBe(200);
  return res.text();
};
const list = async (path: string) => RepeatList.parse(JSON.parse(await getText(path)));

/** Every row of a list, page by page. */
async function allRows(path: string): Promise<RepeatRow[]> {
  const rows: RepeatRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await list(`${path}${path.includes('?') ? '&' : '?'}limit=200&offset=${offset}`);
    rows.push(...page.rows);
    if (offset + 200 >= page.page.total) return rows;
  }
}

const COLUMN = { callers: 'caller_ref', locations: 'location_ref' } as const;

/**
 * Written apart from the service: complaints (linked reports once, dated by their first report) per
 * reference in [from, to], and whether 3 of them fall within 183 days (last minus first at most 182).
 */
async function independent(kind: keyof typeof COLUMN, from: string, to: string, minimum = 2) {
  const col = { text: COLUMN[kind], params: [] };
  const rows = await db.all<{ ref: string; n: number; most: number; vulnerable: boolean }>(sql`
    with c as (
      select ${col} as ref, coalesce(incident_id, id) as k, min(received_on) as d, bool_or(vulnerable) as v
      from contact where ${col} is not null and received_on between ${from}::date and ${to}::date group by 1, 2
    ), spans as (
      select a.ref, a.k, count(*) as within from c a join c b
        on a.ref = b.ref and b.d >= a.d and b.d <= a.d + 182 group by 1, 2
    )
    select c.ref, count(*)::integer as n, max(s.within)::integer as most, bool_or(c.v) as vulnerable
    from c join spans s using (ref, k) group by 1 having count(*) >= ${minimum}`);
  return new Map(rows.map((r) => [r.ref, r]));
}

describe('GET /api/repeats/* roles', () => {
  for (const path of ['/api/repeats/callers', '/api/repeats/locations', '/api/repeats/concentration']) {
    it(`answers admin, analyst and tasking but never the board: ${path}`, async () => {
      for (const user of ['admin', 'analyst', 'tasking']) {
        const res = await app.request(path, { cookie: cookies.get(user) });
        expect(res.status, user).toBe(200);
      }
      expect((await app.request(path, { cookie: cookies.get('board') })).status).toBe(403);
      expect((await app.request(path)).status).toBe(401);
    });
  }

  it('refuses a bad window or threshold, naming it', async () => {
    for (const [query, name] of [
      ['window=0m', 'window'],
      ['window=6y', 'window'],
      ['window=3d', 'window'],
      ['threshold=1', 'threshold'],
      ['sort=name', 'sort'],
    ]) {
      const res = await app.request(`/api/repeats/callers?${query}`, { cookie });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(`'${name}'`);
    }
  });
});

for (const kind of ['callers', 'locations'] as const) {
  describe(`GET /api/repeats/${kind} on the demo data`, () => {
    it('lists exactly the references with 2+ complaints in the last 6 months, counted as SQL counts them', async () => {
      const first = await list(`/api/repeats/${kind}`);
      const { period, previous } = first.window;
      expect(first.window.label).toBe('6 months');
      expect(first.window.previousComplete).toBe(true);
      const rows = await allRows(`/api/repeats/${kind}`);
      const [now, before] = await Promise.all([
        independent(kind, period.from, period.to),
        independent(kind, previous.from, previous.to, 1),
      ]);
      expect(rows.length).toBe(now.size);
      expect(rows.length).toBeGreaterThan(10);
      for (const r of rows) {
        const want = now.get(r.ref);
        expect(r.complaints, r.ref).toBe(want?.n);
        expect(r.meetsThreshold, r.ref).toBe((want?.most ?? 0) >= 3);
        expect(r.vulnerable, r.ref).toBe(want?.vulnerable);
        expect(r.previous, r.ref).toBe(before.get(r.ref)?.n ?? 0);
        expect(r.first >= period.from && r.last <= period.to).toBe(true);
      }
      const meeting = rows.filter((r) => r.meetsThreshold);
      expect(meeting.length).toBe([...now.values()].filter((w) => w.most >= 3).length);
      expect(first.counts.meeting).toBe(meeting.length);
      expect(first.counts.vulnerableMeeting).toBe(meeting.filter((r) => r.vulnerable).length);
    });

    it('puts vulnerable references meeting the threshold first, then the rest meeting it, then by count', async () => {
      const rows = await allRows(`/api/repeats/${kind}`);
      const rank = (r: RepeatRow) => (r.vulnerable && r.meetsThreshold ? 0 : r.meetsThreshold ? 1 : 2);
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1] as RepeatRow, rows[i] as RepeatRow];
        expect(rank(a) <= rank(b), `${a.ref} before ${b.ref}`).toBe(true);
        if (rank(a) === rank(b)) expect(a.complaints).toBeGreaterThanOrEqual(b.complaints);
      }
    });

    it('sorts and pages in DuckDB exactly as the reference sort in JS orders the whole list', async () => {
      const rows = await allRows(`/api/repeats/${kind}`);
      for (const sort of REPEAT_SORTS)
        for (const dir of ['asc', 'desc'] as const) {
          const want = sortRepeats(rows, sort, dir).map((r) => r.ref);
          const page = await list(`/api/repeats/${kind}?sort=${sort}&dir=${dir}&limit=40&offset=30`);
          expect(
            page.rows.map((r) => r.ref),
            `${sort} ${dir}`,
          ).toEqual(want.slice(30, 70));
        }
    });

    it('counts fewer or equal complaints per reference in a 3-month window ending on the same day', async () => {
      const six = new Map((await allRows(`/api/repeats/${kind}`)).map((r) => [r.ref, r.complaints]));
      const three = await list(`/api/repeats/${kind}?window=3m&limit=200`);
      expect(three.window.period.to).toBe((await list(`/api/repeats/${kind}`)).window.period.to);
      expect(three.page.total).toBeLessThan(six.size);
      for (const r of three.rows) expect(r.complaints).toBeLessThanOrEqual(six.get(r.ref) ?? 0);
    });
  });
}

describe('planted repeat callers', () => {
  it('finds callers who are vulnerable on every contact or on none, about 15% of them vulnerable', async () => {
    const truth = await latestTruth(db);
    const rows = (await allRows('/api/repeats/callers?window=12m')).filter((r) => r.meetsThreshold);
    expect(rows.length).toBeGreaterThan(50);
    const flags = await db.all<{ ref: string; every: boolean; some: boolean }>(sql`select caller_ref as ref,
      bool_and(vulnerable) as every, bool_or(vulnerable) as some from contact
      where caller_ref is not null group by 1`);
    const byRef = new Map(flags.map((f) => [f.ref, f]));
    // A one-off caller is flagged at random per contact; a planted repeat caller is flagged on all or none.
    for (const r of rows) {
      expect(byRef.get(r.ref)?.every, r.ref).toBe(byRef.get(r.ref)?.some);
      expect(r.vulnerable, r.ref).toBe(byRef.get(r.ref)?.some);
    }
    const share = rows.filter((r) => r.vulnerable).length / rows.length;
    const p = truth?.repeats.vulnerableRepeatCallerShare ?? Number.NaN;
    expect(Math.abs(share - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / rows.length));
  });
});

describe('GET /api/repeats/concentration', () => {
  it('gives the share of complaints from the top references, from 0 to 1, matching SQL', async () => {
    const c = RepeatConcentration.parse(JSON.parse(await getText('/api/repeats/concentration')));
    const { from, to } = c.window.period;
    const [calls] = await db.all<{
      refs: number;
      n: number;
    }>(sql`select count(distinct caller_ref)::integer as refs,
      count(distinct coalesce(incident_id, id))::integer as n from contact
      where caller_ref is not null and received_on between ${from}::date and ${to}::date`);
    expect(c.callers.references).toBe(calls?.refs);
    expect(c.callers.curve).toHaveLength(101);
    expect(c.callers.curve[0]).toEqual({ referenceShare: 0, complaintShare: 0 });
    expect(c.callers.curve[100]?.complaintShare).toBeCloseTo(1, 12);
    // The busiest 10% of callers hold more than 10% of complaints: repeats concentrate.
    expect(c.callers.top10).toBeGreaterThan(0.1);
    expect(c.locations.references).toBeGreaterThan(0);
  });
});

describe('privacy', () => {
  it('never sends a personal field: no name, phone, address or description in the raw JSON', async () => {
    const bodies = await Promise.all(
      [
        '/api/repeats/callers?limit=200',
        '/api/repeats/locations?limit=200',
        '/api/repeats/concentration',
      ].map((p) => getText(p)),
    );
    const personal = await db.all<{ v: string }>(sql`select distinct v from (
      select unnest([name, phone, address, description]) as v from contact_personal) where length(v) >= 6
      limit 2000`);
    expect(personal.length).toBeGreaterThan(100);
    for (const body of bodies) {
      expect(body).not.toMatch(/"(name|phone|address|description)"/);
      for (const { v } of personal) expect(body.includes(JSON.stringify(v).slice(1, -1)), v).toBe(false);
    }
  });
});
