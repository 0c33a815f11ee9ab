import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardService, type ServiceRow } from '../../server/contract/board.ts';
import type { Db } from '../../server/db/database.ts';
import { ident, sql } from '../../server/db/sql.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let db: Db;
let app: TestApp;
let cookie = '';
beforeAll(async () => {
  db = await demoDb(20000);
  app = await startTestApp({ db });
  cookie = await app.login('analyst');
});
afterAll(async () => {
  await app.close();
  db.close();
});

interface Scope {
  quarter: string;
  from: string;
  to: string;
  category?: string;
  agency?: string;
  area?: { layer: string; code: string };
}

interface Expected {
  [k: string]: unknown;
  key: string | null;
  contacts: number;
  resolved: number;
  with_target: number;
  within: number;
  backlog: number;
  past_target: number;
  repeaters: number;
  median: number | null;
  p90: number | null;
}

/**
 * Each figure of the service table counted here record by record, in plain SQL apart from the code
 * under test: one row per agency or category, and a row with key null over all of them.
 */
async function expected(s: Scope, split: 'agency_code' | 'category'): Promise<Expected[]> {
  const key = ident(split, ['agency_code', 'category']);
  const end = `${s.to} 00:00:00`;
  return db.all<Expected>(sql`with scoped as (
      select * from contact c
      where (${s.category ?? null}::varchar is null or c.category = ${s.category ?? null})
        and (${s.agency ?? null}::varchar is null or c.agency_code = ${s.agency ?? null})
        and (${s.area?.code ?? null}::varchar is null or c.id in (select contact_id from contact_area
          where layer_id = ${s.area?.layer ?? null} and area_code = ${s.area?.code ?? null}))
    ), rec as (
      select ${key} as key, caller_ref, received_on between ${s.from}::date and ${s.to}::date as in_quarter,
        resolved_at is not null and time_precision <> 'month' as resolved, sla_target_hours as sla,
        (epoch(resolved_at) - epoch(coalesce(received_at, received_on + interval 12 hour))) / 3600.0 as hours,
        time_precision <> 'month' and received_on <= ${s.to}::date
          and (resolved_at >= ${end}::timestamp + interval 1 day
            or (resolved_at is null and status in ('open', 'in_progress'))) as open_at_end,
        (epoch(${end}::timestamp + interval 1 day)
          - epoch(coalesce(received_at, received_on + interval 12 hour))) / 3600.0 as age
      from scoped
    ), callers as (
      select key, caller_ref from rec where in_quarter and caller_ref is not null
    )
    select r.key, count(*) filter (where in_quarter)::integer as contacts,
      count(*) filter (where in_quarter and resolved)::integer as resolved,
      count(*) filter (where in_quarter and resolved and sla is not null)::integer as with_target,
      count(*) filter (where in_quarter and resolved and sla is not null and hours <= sla)::integer as within,
      count(*) filter (where open_at_end)::integer as backlog,
      count(*) filter (where open_at_end and sla is not null and age > sla)::integer as past_target,
      (select count(*) from (select caller_ref from callers k where k.key = r.key or r.key is null
        group by caller_ref, case when r.key is null then '' else k.key end having count(*) >= 2))::integer
        as repeaters,
      quantile_cont(round(hours * 60) / 60, 0.5) filter (where in_quarter and resolved) as median,
      quantile_cont(round(hours * 60) / 60, 0.9) filter (where in_quarter and resolved) as p90
    from rec r group by grouping sets ((r.key), ())
    having count(*) filter (where in_quarter or open_at_end) > 0`);
}

function check(row: ServiceRow, e: Expected, what: string) {
  expect(row.contacts.value, `${what} contacts`).toBe(e.contacts);
  expect(row.resolved.value, `${what} resolved`).toBe(e.resolved);
  expect(row.resolvedWithTarget.value, `${what} with a target`).toBe(e.with_target);
  expect(row.backlog.value, `${what} backlog`).toBe(e.backlog);
  expect(row.backlogPastTarget.value, `${what} backlog past target`).toBe(e.past_target);
  expect(row.repeatCallers.value, `${what} repeat callers`).toBe(e.repeaters);
  if (e.with_target > 0) expect(row.withinTarget?.value, what).toBeCloseTo(e.within / e.with_target, 12);
  else expect(row.withinTarget, what).toBeNull();
  if (e.median === null) expect(row.medianHours, what).toBeNull();
  else expect(row.medianHours, `${what} median`).toBeCloseTo(e.median, 9);
  if (e.p90 === null) expect(row.p90Hours, what).toBeNull();
  else expect(row.p90Hours, `${what} p90`).toBeCloseTo(e.p90, 9);
}

const SCOPES: Scope[] = [
  { quarter: '2026-Q3', from: '2026-07-01', to: '2026-09-30' },
  { quarter: '2025-Q4', from: '2025-10-01', to: '2025-12-31', category: 'noise' },
  { quarter: '2026-Q2', from: '2026-04-01', to: '2026-06-30', area: { layer: 'ward', code: 'DW03' } },
  { quarter: '2024-Q1', from: '2024-01-01', to: '2024-03-31', agency: 'police', category: 'rowdy' },
];

describe('GET /api/board/service figures', () => {
  for (const s of SCOPES) {
    const params = new URLSearchParams({ quarter: s.quarter });
    if (s.category) params.set('category', s.category);
    if (s.agency) params.set('agency', s.agency);
    if (s.area) params.set('area', `${s.area.layer}:${s.area.code}`);
    it(`counts, times, backlog and repeat callers as SQL record by record does for ${params}`, async () => {
      const res = await app.request(`/api/board/service?${params}`, { cookie });
      expect(res.status).toBe(200);
      const body = BoardService.parse(await res.json());
      for (const [table, split] of [
        [body.byAgency, 'agency_code'],
        [body.byCategory, 'category'],
      ] as const) {
        const rows = await expected(s, split);
        const groups = rows.filter((r) => r.key !== null);
        expect(groups.length, `${params} ${split}`).toBeGreaterThan(0);
        expect(table.rows.map((r) => r.key).sort()).toEqual(groups.map((r) => r.key).sort());
        for (const e of groups) {
          const row = table.rows.find((r) => r.key === e.key);
          check(row as ServiceRow, e, `${params} ${split} ${e.key}`);
        }
        check(table.total, rows.find((r) => r.key === null) as Expected, `${params} ${split} total`);
      }
    });
  }
});
