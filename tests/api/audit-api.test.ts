import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditPage } from '../../server/contract/audit.ts';
import { sql } from '../../server/db/sql.ts';
import { writeAudit } from '../../server/queries/audit-write.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let admin: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-audit-api-'));
const someone = { id: 99, username: 'council.analyst', agency: 'council', role: 'analyst' };

beforeAll(async () => {
  app = await startTestApp();
  // Two rows either side of a UTC midnight, written as the table stores them, for the day filters.
  await app.db.run(sql`insert into audit_log (logged_at, username, action, detail) values
    ('2026-01-01 23:59:59', 'night.owl', 'record_view', 'late'),
    ('2026-01-02 00:00:00', 'night.owl', 'record_view', 'early')`);
  await writeAudit(app.db, {
    action: 'record_view',
    user: someone,
    ip: '10.0.0.9',
    detail: 'viewed',
    recordIds: [5, 7],
  });
  await writeAudit(app.db, {
    action: 'personal_reveal',
    user: someone,
    ip: '10.0.0.9',
    detail: '=HYPERLINK("http://evil.example","click")',
    recordIds: [7],
    reason: '@SUM(A1)',
  });
  await writeAudit(app.db, {
    action: 'export',
    user: someone,
    ip: '10.0.0.9',
    detail: 'ok\r\n1,2026-01-01T00:00:00Z,admin,police,admin,sign_in,1.2.3.4,forged,,',
    reason: '-2+3+cmd|calc',
  });
  admin = await app.login('admin');
});
afterAll(async () => {
  await app.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const page = async (query: string) => {
  const res = await app.request(`/api/audit${query}`, { cookie: admin });
  expect(res.status, await res.clone().text()).toBe(200);
  return AuditPage.parse(await res.json());
};

describe('GET /api/audit', () => {
  it('lists rows newest first with who, when (UTC), what, from where and the records', async () => {
    const p = await page('');
    expect(p.rows.map((r) => r.action).slice(0, 1)).toEqual(['sign_in']);
    const ids = p.rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const view = p.rows.find((r) => r.detail === 'viewed');
    expect(view).toMatchObject({
      username: 'council.analyst',
      agency: 'council',
      role: 'analyst',
      ip: '10.0.0.9',
    });
    expect(view?.recordIds).toEqual([5, 7]);
    expect(view?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(p.rows.find((r) => r.detail === 'late')?.at).toBe('2026-01-01T23:59:59Z');
  });

  it('filters by UTC day, inclusive at both ends', async () => {
    expect((await page('?from=2026-01-02&to=2026-01-02')).rows.map((r) => r.detail)).toEqual(['early']);
    expect((await page('?from=2026-01-01&to=2026-01-01')).rows.map((r) => r.detail)).toEqual(['late']);
    expect((await page('?to=2026-01-02')).total).toBe(2);
  });

  it('filters by action, username and record id', async () => {
    const views = await page('?action=record_view');
    expect(views.rows.map((r) => r.detail)).toEqual(['viewed', 'early', 'late']);
    expect((await page('?user=night.owl')).total).toBe(2);
    expect((await page('?record=7')).rows.map((r) => r.action)).toEqual(['personal_reveal', 'record_view']);
    expect((await page('?record=6')).total).toBe(0);
  });

  it('pages through every row once, the total counting them all', async () => {
    const all = await page('?pageSize=500');
    const seen: number[] = [];
    for (let p = 1; p <= Math.ceil(all.total / 2); p++) {
      const one = await page(`?pageSize=2&page=${p}`);
      expect(one).toMatchObject({ total: all.total, page: p, pageSize: 2 });
      seen.push(...one.rows.map((r) => r.id));
    }
    expect(seen).toEqual(all.rows.map((r) => r.id));
  });

  it.each([
    ['action', '?action=delete_everything'],
    ['to', '?from=2026-02-01&to=2026-01-01'],
    ['from', '?from=yesterday'],
    ['pageSize', '?pageSize=501'],
  ])('answers 400 naming %s', async (parameter, query) => {
    const res = await app.request(`/api/audit${query}`, { cookie: admin });
    expect(res.status).toBe(400);
    expect((await res.json()).error.parameter).toBe(parameter);
  });

  it.each(['analyst', 'tasking', 'board'])('refuses %s the log and its export', async (who) => {
    const cookie = await app.login(who);
    expect((await app.request('/api/audit', { cookie })).status).toBe(403);
    expect((await app.request('/api/audit/export.csv', { cookie })).status).toBe(403);
  });
});

/** The export parsed by DuckDB's own CSV reader, so quoting is checked by a parser that is not ours. */
async function parsed(csv: string): Promise<Record<string, string | null>[]> {
  const file = path.join(tmp, `export-${Date.now()}.csv`);
  fs.writeFileSync(file, csv);
  return app.db.all(sql`select * from read_csv(${file}, header = true, all_varchar = true, quote = '"')`);
}

describe('GET /api/audit/export.csv', () => {
  it('exports the filtered rows with formula cells neutralised', async () => {
    const res = await app.request('/api/audit/export.csv?user=council.analyst', { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="?audit-log-\d{4}-\d\d-\d\d\.csv"?$/,
    );
    const rows = await parsed(await res.text());
    expect(rows.map((r) => r.action)).toEqual(['export', 'personal_reveal', 'record_view']);
    const reveal = rows[1];
    expect(reveal?.detail).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(reveal?.reason).toBe(`'@SUM(A1)`);
    expect(rows[2]?.record_ids).toBe('5 7');
    expect(rows[0]?.reason).toBe(`'-2+3+cmd|calc`);
  });

  it('keeps a value with line breaks on its own line: no forged row', async () => {
    const text = await (
      await app.request('/api/audit/export.csv?action=export&user=council.analyst', { cookie: admin })
    ).text();
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('1,'))).toBe(false);
    expect((await parsed(text)).map((r) => r.detail)).toEqual([
      'ok\\u000d\\u000a1,2026-01-01T00:00:00Z,admin,police,admin,sign_in,1.2.3.4,forged,,',
    ]);
  });

  it('is itself recorded as an export by the admin, with the filters', async () => {
    await app.request('/api/audit/export.csv?action=record_view&from=2026-01-01', { cookie: admin });
    const [last] = (await page('?action=export&user=admin')).rows;
    expect(last).toMatchObject({ username: 'admin', role: 'admin' });
    expect(last?.detail).toBe('audit log CSV, 3 rows; from=2026-01-01 action=record_view');
  });
});

describe('the audit log cannot be changed over HTTP', () => {
  it.each(['PUT', 'PATCH', 'DELETE', 'POST'])(
    '%s on /api/audit and a row answers 404 or 405, rows unchanged',
    async (method) => {
      const snapshot = () =>
        app.db.all(sql`select * exclude (record_ids), record_ids::varchar as ids from audit_log
      where action <> 'permission_denied' order by id`);
      const before = await snapshot();
      const [first] = before as { id: bigint }[];
      for (const p of ['/api/audit', `/api/audit/${String(first?.id)}`, '/api/audit/export.csv']) {
        const res = await app.request(p, {
          method,
          cookie: admin,
          body: method === 'DELETE' ? undefined : '{}',
        });
        expect([404, 405]).toContain(res.status);
      }
      expect(await snapshot()).toEqual(before);
    },
  );
});
