import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_REVIEW_DAYS,
  RepeatConcentration,
  RepeatList,
  type RepeatRow,
} from '../../server/contract/repeats.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

interface Contact {
  [k: string]: unknown;
  id: number;
  caller: string | null;
  place: string | null;
  day: string;
  incident: number | null;
  vulnerable: boolean;
  agency: string;
  category: string;
  ward: string | null;
}

let db: Db;
let app: TestApp;
let cookie: string;
let contacts: Contact[];
// The busiest ward and the commonest category, as the bench's narrow filter picks them.
let ward = '';
let category = '';
const commonest = (values: (string | null)[]) => {
  const n = new Map<string, number>();
  for (const v of values) if (v !== null) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
};
beforeAll(async () => {
  db = await demoDb(20_000);
  app = await startTestApp({ db });
  cookie = await app.login('analyst');
  contacts = await db.all<Contact>(sql`select c.id::integer as id, c.caller_ref as caller,
      c.location_ref as place, c.received_on::varchar as day, c.incident_id::integer as incident,
      c.vulnerable, c.agency_code as agency, c.category, a.area_code as ward
    from contact c left join contact_area a on a.contact_id = c.id and a.layer_id = 'ward'`);
  ward = commonest(contacts.map((c) => c.ward));
  category = commonest(contacts.map((c) => c.category));
});
afterAll(async () => {
  await app.close();
  db.close();
});

const list = async (path: string) => {
  const res = await app.request(path, { cookie });
  expect(res.status, path).toBe(200);
  return RepeatList.parse(JSON.parse(await res.text()));
};

/** Every row of a list, page by page, in reference order. */
async function allRows(path: string) {
  const rows: RepeatRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await list(`${path}&sort=ref&dir=asc&limit=200&offset=${offset}`);
    rows.push(...page.rows);
    if (offset + 200 >= page.page.total) return { first: page, rows };
  }
}

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;
const distinctSorted = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => v !== null))].sort();

/**
 * Written apart from the service, over the contacts in plain code: complaints are a reference's
 * reports grouped by incident (unlinked ones alone) among the contacts matching the filters in both
 * windows, dated by the first report; in the window if that date is.
 */
function expected(
  kind: 'callers' | 'locations',
  keep: (c: Contact) => boolean,
  w: RepeatList['window'],
  k: number,
) {
  const refOf = (c: Contact) => (kind === 'callers' ? c.caller : c.place);
  const otherOf = (c: Contact) => (kind === 'callers' ? c.place : c.caller);
  const { from, to } = w.period;
  const matched = contacts.filter((c) => keep(c) && c.day >= w.previous.from && c.day <= to);
  const inWindow = matched.filter((c) => c.day >= from);
  const complaints = new Map<string, Map<string, Contact[]>>();
  for (const c of matched) {
    const ref = refOf(c);
    if (ref === null) continue;
    const byIncident = complaints.get(ref) ?? new Map<string, Contact[]>();
    const key = c.incident === null ? `c${c.id}` : `i${c.incident}`;
    byIncident.set(key, [...(byIncident.get(key) ?? []), c]);
    complaints.set(ref, byIncident);
  }
  const rows = new Map<string, RepeatRow>();
  for (const [ref, byIncident] of complaints) {
    const all = [...byIncident.values()].map((reports) => ({
      day: reports.map((c) => c.day).sort()[0] ?? '',
      last:
        reports
          .map((c) => c.day)
          .sort()
          .at(-1) ?? '',
      reports,
    }));
    const now = all.filter((p) => p.day >= from).sort((a, b) => (a.day < b.day ? -1 : 1));
    if (now.length < 2) continue;
    const days = now.map((p) => p.day);
    const hit = days.findIndex(
      (d, i) => i >= k - 1 && daysBetween(days[i - k + 1] ?? '', d) < CASE_REVIEW_DAYS,
    );
    const mine = inWindow.filter((c) => refOf(c) === ref);
    rows.set(ref, {
      ref,
      complaints: now.length,
      reports: now.reduce((n, p) => n + p.reports.length, 0),
      previous: all.length - now.length,
      first: days[0] ?? '',
      last:
        now
          .map((p) => p.last)
          .sort()
          .at(-1) ?? '',
      agencies: distinctSorted(mine.map((c) => c.agency)),
      categories: distinctSorted(mine.map((c) => c.category)),
      vulnerable: now.some((p) => p.reports.some((c) => c.vulnerable)),
      meetsThreshold: hit >= 0,
      triggered: hit >= 0 ? { from: days[hit - k + 1] ?? '', to: days[hit] ?? '' } : null,
      others: distinctSorted(mine.map(otherOf)).length,
    });
  }
  const references = new Set(inWindow.map(refOf).filter((r) => r !== null)).size;
  const withoutRef = inWindow.filter((c) => refOf(c) === null).length;
  return { rows, references, withoutRef };
}

const CASES = [
  {
    name: 'an area and a category over the default window',
    query: () => `area=ward:${ward}&category=${category}`,
  },
  {
    name: 'an area over 12 months with a threshold of 2',
    query: () => `area=ward:${ward}&window=12m&threshold=2`,
  },
  { name: 'a category over 30 days', query: () => `category=${category}&window=30d` },
  {
    name: 'an agency over 3 months ending before the data end',
    query: () => `agency=police&to=2026-03-31&window=3m`,
  },
];

describe('GET /api/repeats/* against plain code over the contacts, under filters', () => {
  for (const kind of ['callers', 'locations'] as const)
    for (const c of CASES)
      it(`${kind}: ${c.name}`, async () => {
        const q = new URLSearchParams(c.query());
        const { first, rows } = await allRows(`/api/repeats/${kind}?${q.toString()}`);
        const area = q.get('area')?.split(':')[1];
        const keep = (x: Contact) =>
          (!q.get('category') || x.category === q.get('category')) &&
          (!q.get('agency') || x.agency === q.get('agency')) &&
          (!area || x.ward === area);
        const want = expected(kind, keep, first.window, first.threshold);
        expect(rows.length).toBeGreaterThan(3);
        expect(rows).toEqual([...want.rows.values()].sort((a, b) => (a.ref < b.ref ? -1 : 1)));
        expect(first.counts).toEqual({
          references: want.references,
          repeats: want.rows.size,
          meeting: [...want.rows.values()].filter((r) => r.meetsThreshold).length,
          vulnerableMeeting: [...want.rows.values()].filter((r) => r.meetsThreshold && r.vulnerable).length,
          contactsWithoutRef: want.withoutRef,
        });
      });
});

describe('GET /api/repeats/concentration against plain code, under filters', () => {
  it('counts references, complaints and repeat references of both kinds in an area, a category and 3 months', async () => {
    const res = await app.request(
      `/api/repeats/concentration?area=ward:${ward}&category=${category}&window=3m`,
      {
        cookie,
      },
    );
    const c = RepeatConcentration.parse(JSON.parse(await res.text()));
    const { from, to } = c.window.period;
    const inWindow = contacts.filter(
      (x) => x.ward === ward && x.category === category && x.day >= from && x.day <= to,
    );
    for (const kind of ['callers', 'locations'] as const) {
      const perRef = new Map<string, Set<string>>();
      for (const x of inWindow) {
        const ref = kind === 'callers' ? x.caller : x.place;
        if (ref === null) continue;
        perRef.set(
          ref,
          (perRef.get(ref) ?? new Set()).add(x.incident === null ? `c${x.id}` : `i${x.incident}`),
        );
      }
      const counts = [...perRef.values()].map((s) => s.size);
      expect(counts.length).toBeGreaterThan(10);
      expect(c[kind]).toMatchObject({
        references: perRef.size,
        complaints: counts.reduce((a, b) => a + b, 0),
        repeatReferences: counts.filter((n) => n >= 2).length,
      });
    }
  });
});
