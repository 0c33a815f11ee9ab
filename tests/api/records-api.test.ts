import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAWN_LAYER_PREFIX } from '../../server/contract/drawn-areas.ts';
import { isHiddenLayer } from '../../server/contract/hidden-layers.ts';
import { listValue } from '@duckdb/node-api';
import { Hotspots } from '../../server/contract/hotspots.ts';
import { RecordDetail, RecordPage } from '../../server/contract/records.ts';
import { sql } from '../../server/db/sql.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { insertUser } from '../../server/queries/users.ts';
import { hashPassword } from '../../server/services/auth/passwords.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
const who: Record<string, string> = {};
let span = { from: '', to: '' };

beforeAll(async () => {
  app = await startTestApp({ db: await demoDb(2_000) });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await insertUser(app.db, {
    username: 'council',
    agencyCode: 'city_council',
    role: 'analyst',
    passwordHash,
  });
  for (const name of ['analyst', 'admin', 'board', 'council']) who[name] = await app.login(name);
  const [s] = await app.db.all<{ from: string; to: string }>(
    sql`select min(received_on)::varchar as "from", max(received_on)::varchar as "to" from contact`,
  );
  span = s ?? span;
});
afterAll(async () => {
  await app.close();
  app.db.close();
});

const get = (path: string, as: string) => app.request(path, { cookie: who[as] });
const post = (path: string, body: unknown, as: string) =>
  app.request(path, { method: 'POST', cookie: who[as], body: JSON.stringify(body) });
const all = () => `from=${span.from}&to=${span.to}`;
async function page(query: string, as = 'council'): Promise<RecordPage> {
  const res = await get(`/api/records?${all()}&${query}`, as);
  expect(res.status, await res.clone().text()).toBe(200);
  return RecordPage.parse(await res.json());
}
const count = async (where: ReturnType<typeof sql>) =>
  (await app.db.all<{ n: number }>(sql`select count(*)::integer as n from contact c where ${where}`))[0]?.n;
const auditRows = (action: string, id: number) =>
  app.db.all<{ username: string; reason: string | null; detail: string }>(
    sql`select username, reason, detail from audit_log where action = ${action}
      and list_contains(record_ids, ${id}::bigint) order by id`,
  );
/** A police record with a name and phone on file. */
async function policeRecord(): Promise<{ id: number; name: string; phone: string; ref: string | null }> {
  const [r] = await app.db.all<{ id: number; name: string; phone: string; ref: string | null }>(sql`
    select c.id::double as id, p.name, p.phone, c.location_ref as ref from contact c
    join contact_personal p on p.contact_id = c.id
    where c.agency_code = 'police' and p.name is not null and p.phone is not null order by c.id limit 1`);
  if (!r) throw new Error('the demo has police records with personal fields');
  return r;
}

describe('the record list', () => {
  it('pages police records for a council analyst, redacted, with the true total', async () => {
    const p = await page('agency=police&pageSize=50');
    expect(p.total).toBe(await count(sql`c.agency_code = 'police'`));
    expect(p.total).toBeGreaterThan(50);
    expect(p.rows).toHaveLength(50);
    expect(p.rows.every((r) => r.agency === 'police' && r.personal === 'redacted')).toBe(true);
    const own = await page('agency=city_council&pageSize=20');
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((r) => r.personal === 'available')).toBe(true);
  });

  it('sorts by the chosen column and pages without overlap', async () => {
    const first = await page('sort=category&dir=asc&pageSize=100');
    const categories = first.rows.map((r) => r.category);
    expect(categories).toEqual([...categories].sort());
    const second = await page('sort=category&dir=asc&pageSize=100&page=2');
    const ids = new Set(first.rows.map((r) => r.id));
    expect(second.rows.some((r) => ids.has(r.id))).toBe(false);
    const byDay = (await page('sort=received_on&dir=desc&pageSize=200')).rows.map((r) => r.receivedOn);
    expect(byDay).toEqual([...byDay].sort().reverse());
  });

  it('refuses pages over 500 rows and unknown sort columns', async () => {
    expect((await get(`/api/records?pageSize=501`, 'council')).status).toBe(400);
    expect((await get(`/api/records?sort=name`, 'council')).status).toBe(400);
  });

  it('finds records by part of the location text, by source reference and by id', async () => {
    const r = await policeRecord();
    const [src] = await app.db.all<{ s: string }>(
      sql`select source_record_id as s from contact where id = ${r.id}`,
    );
    const byRef = await page(`q=${encodeURIComponent(src?.s ?? '')}`);
    expect(byRef.rows.map((x) => x.id)).toEqual([r.id]);
    expect((await page(`q=${r.id}`)).rows.map((x) => x.id)).toContain(r.id);
    const [loc] = await app.db.all<{ ref: string }>(
      sql`select location_ref as ref from contact where location_ref is not null and length(location_ref) > 6 limit 1`,
    );
    const part = (loc?.ref ?? '').slice(1, 6).toUpperCase();
    const found = await page(`q=${encodeURIComponent(part)}&pageSize=500`);
    const expected = await count(sql`contains(lower(c.location_ref), lower(${part}))`);
    expect(found.total).toBe(expected);
    expect(found.rows.every((x) => x.locationText?.toLowerCase().includes(part.toLowerCase()))).toBe(true);
  });

  it('lists the records behind a hotspot cell: as many as the grid counted there, and the export the same', async () => {
    const res = await get(`/api/hotspots?method=grid&cell=250&${all()}`, 'council');
    expect(res.status).toBe(200);
    const h = Hotspots.parse(await res.json());
    const busiest = h.cells.counts.indexOf(Math.max(...h.cells.counts));
    const id = h.cells.ids[busiest] as string;
    const p = await page(`cell=${id}&pageSize=500`);
    expect(p.total).toBe(h.cells.counts[busiest]);
    expect(p.total).toBeGreaterThan(1);
    // Independently: the records' own grid coordinates fall in that square.
    const [size, col, row] = id.split('_').map(Number) as [number, number, number];
    const ids = p.rows.map((r) => r.id);
    const inside = await count(sql`list_contains(${listValue(ids.map((x) => BigInt(x)))}::bigint[], c.id)
      and c.easting >= ${col * size} and c.easting < ${(col + 1) * size}
      and c.northing >= ${row * size} and c.northing < ${(row + 1) * size}`);
    expect(inside).toBe(p.total);
    const csv = await post(
      '/api/records/export',
      { from: span.from, to: span.to, cell: id, purpose: 'JAG', recipient: 'JAG' },
      'council',
    );
    expect(csv.headers.get('x-export-rows')).toBe(String(p.total));
    const bad = await get(`/api/records?cell=250_1_x`, 'council');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/cell/);
  });

  it('is closed to the board', async () => {
    expect((await get('/api/records', 'board')).status).toBe(403);
  });
});

describe('the record detail', () => {
  it('shows base-layer areas, the other reports of the incident and the load', async () => {
    const [linked] = await app.db.all<{ id: number; incident: number; n: number }>(sql`
      select min(id)::double as id, incident_id::double as incident, count(*)::integer as n from contact
      where incident_id is not null group by incident_id having count(distinct agency_code) > 1 limit 1`);
    if (!linked) throw new Error('the demo links reports of different agencies');
    // A drawn outline holding the record is the product's own layer, not one of its area codes.
    await app.db.run(
      sql`insert into contact_area values (${linked.id}, ${`${DRAWN_LAYER_PREFIX}9`}, 'mine')`,
    );
    const res = await get(`/api/records/${linked.id}`, 'council');
    expect(res.status).toBe(200);
    const d = RecordDetail.parse(await res.json());
    expect(d.record.id).toBe(linked.id);
    expect(d.linked).toHaveLength(linked.n - 1);
    expect(d.linked.every((l) => l.incidentId === linked.incident && l.id !== linked.id)).toBe(true);
    for (const l of d.linked) expect(l.personal).toBe(l.agency === 'city_council' ? 'available' : 'redacted');
    const layers = await app.db.all<{ layer_id: string }>(
      sql`select layer_id from contact_area where contact_id = ${linked.id}`,
    );
    expect(layers.length).toBeGreaterThan(0);
    const base = layers.map((l) => l.layer_id).filter((l) => !isHiddenLayer(l));
    expect(base.length).toBe(layers.length - 1);
    expect(d.areas.map((a) => a.layer).sort()).toEqual(base.sort());
    expect(d.history[0]?.kind).toBe('loaded');
    expect(d.history.some((h) => h.kind === 'linked')).toBe(true);
    expect(await auditRows('record_view', linked.id)).toHaveLength(1);
  });

  it('is a 404 for an unknown id', async () => {
    expect((await get('/api/records/999999999', 'council')).status).toBe(404);
  });
});

describe('revealing personal fields', () => {
  it('gives the owning agency the fields with the reason audited', async () => {
    const r = await policeRecord();
    const res = await post(
      `/api/records/${r.id}/reveal`,
      { reason: 'safeguarding', detail: 'case 12' },
      'analyst',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { name: string; phone: string };
    expect([body.name, body.phone]).toEqual([r.name, r.phone]);
    const rows = await auditRows('personal_reveal', r.id);
    expect(rows.map((x) => [x.username, x.reason])).toEqual([['analyst', 'safeguarding: case 12']]);
  });

  it('keeps the cached aggregates: a reveal or an export changes no data', async () => {
    const r = await policeRecord();
    expect((await get(`/api/summary?${all()}`, 'analyst')).status).toBe(200);
    expect((await post(`/api/records/${r.id}/reveal`, { reason: 'investigation' }, 'analyst')).status).toBe(
      200,
    );
    const exported = await post('/api/records/export', { purpose: 'JAG pack', recipient: 'JAG' }, 'analyst');
    expect(exported.status).toBe(200);
    const before = app.db.changes;
    const dbAll = app.db.all.bind(app.db);
    let queries = 0;
    app.db.all = (q) => {
      queries++;
      return dbAll(q);
    };
    try {
      expect((await get(`/api/summary?${all()}`, 'analyst')).status).toBe(200);
      expect(queries).toBe(0);
    } finally {
      app.db.all = dbAll;
    }
    expect(app.db.changes).toBe(before);
  });

  it('asks for words with the reason other', async () => {
    const r = await policeRecord();
    const res = await post(`/api/records/${r.id}/reveal`, { reason: 'other' }, 'analyst');
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain(r.name);
  });

  it('refuses a partner without an agreement, audited as a denial, and never leaks the values', async () => {
    const r = await policeRecord();
    const bodies: string[] = [];
    const reveal = await post(`/api/records/${r.id}/reveal`, { reason: 'investigation' }, 'council');
    expect(reveal.status).toBe(403);
    bodies.push(await reveal.text());
    const admin = await post(`/api/records/${r.id}/reveal`, { reason: 'investigation' }, 'admin');
    expect(admin.status).toBe(403);
    bodies.push(await admin.text());
    expect((await auditRows('permission_denied', r.id)).map((x) => x.username)).toEqual(['council', 'admin']);
    for (const as of ['council', 'admin']) {
      for (const aggregate of ['summary', 'timeseries'])
        bodies.push(await (await get(`/api/${aggregate}?${all()}&agency=police`, as)).text());
      bodies.push(await (await get(`/api/records/${r.id}`, as)).text());
      bodies.push(await (await get(`/api/records?${all()}&agency=police&pageSize=500`, as)).text());
      bodies.push(await (await get(`/api/records?${all()}&q=${r.id}`, as)).text());
      const exported = await post(
        '/api/records/export',
        { ...span, agency: 'police', purpose: 'p', recipient: 'r' },
        as,
      );
      bodies.push(await exported.text());
    }
    const personal = await app.db.all<{ name: string | null; phone: string | null }>(sql`
      select p.name, p.phone from contact_personal p join contact c on c.id = p.contact_id
      where c.agency_code = 'police'`);
    const secrets = personal
      .flatMap((p) => [p.name, p.phone])
      .filter((s): s is string => !!s && s.length > 4);
    expect(secrets.length).toBeGreaterThan(100);
    for (const body of bodies) for (const s of secrets) if (body.includes(s)) expect.fail(`leaked ${s}`);
  });
});

describe('the CSV export', () => {
  it('redacts partner records, neutralises formula cells and records purpose, recipient and ids', async () => {
    const [own] = await app.db.all<{ id: number }>(sql`select c.id::double as id from contact c
      join contact_personal p on p.contact_id = c.id where c.agency_code = 'city_council' order by c.id limit 1`);
    if (!own) throw new Error('the demo has council records');
    await app.db.run(sql`update contact_personal set name = '=HYPERLINK("http://evil","x")', phone = '+441234'
      where contact_id = ${own.id}`);
    await app.db.run(sql`update contact set location_ref = '@SUM(1)' where id = ${own.id}`);
    const res = await post(
      '/api/records/export',
      { ...span, agency: 'city_council,police', purpose: 'Problem-solving meeting', recipient: 'JAG' },
      'council',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    const lines = csv.trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header).toContain('redacted');
    const expected = await count(sql`c.agency_code in ('city_council', 'police')`);
    expect(lines).toHaveLength(1 + (expected ?? 0));
    expect(res.headers.get('x-export-rows')).toBe(String(expected));
    expect(res.headers.get('x-export-truncated')).toBeNull();
    const line = lines.find((l) => l.startsWith(`${own.id},`)) ?? '';
    expect(line).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(line).toContain(",'+441234,");
    expect(line).toContain(",'@SUM(1),");
    expect(lines.some((l) => /(^|,)[=+@]/.test(l))).toBe(false);
    const redactedAt = header.indexOf('redacted');
    const police = lines.slice(1).filter((l) => l.split(',')[1] === 'police');
    expect(police.length).toBeGreaterThan(0);
    expect(police.every((l) => l.split(',')[redactedAt] === 'true' && l.endsWith(',true,,,,'))).toBe(true);
    const [audit] = await app.db.all<{
      reason: string;
      n: number;
    }>(sql`select reason, len(record_ids)::integer as n
      from audit_log where action = 'export' and username = 'council' order by id desc limit 1`);
    expect(audit).toEqual({ reason: 'purpose: Problem-solving meeting; recipient: JAG', n: expected });
  });

  it('requires a purpose and a recipient', async () => {
    expect((await post('/api/records/export', { purpose: 'x' }, 'council')).status).toBe(400);
    expect((await post('/api/records/export', { recipient: 'x' }, 'council')).status).toBe(400);
  });
});

describe('searches', () => {
  it('are audited with the ids returned', async () => {
    const p = await page('category=noise&pageSize=10');
    const [row] = await app.db.all<{
      ids: number[];
    }>(sql`select list_transform(record_ids, x -> x::double) as ids
      from audit_log where action = 'record_search' and username = 'council' order by id desc limit 1`);
    expect(row?.ids).toEqual(p.rows.map((r) => r.id));
  });
});
