import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../server/contract/auth.ts';
import { RecordDetail, RecordPage } from '../../server/contract/records.ts';
import { sql } from '../../server/db/sql.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { insertUser } from '../../server/queries/users.ts';
import { hashPassword } from '../../server/services/auth/passwords.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

/**
 * Issue 9's proof: every role of one agency (a city council) against records of its own agency, of a
 * partner sharing with it under an agreement in force, of a partner without one, and of a partner whose
 * agreement has expired, over every kind of access. Each cell is checked over HTTP.
 */
type Outcome = 'allow' | 'redact' | 'deny';
const RELATIONS = ['own', 'agreement', 'without', 'expired'] as const;
type Relation = (typeof RELATIONS)[number];
const AGENCY_OF: Record<Relation, string> = {
  own: 'city_council',
  agreement: 'police',
  without: 'fire',
  expired: 'housing',
};
const RESOURCES = ['aggregate', 'list', 'detail', 'personal', 'export', 'audit', 'upload', 'admin'] as const;
type Resource = (typeof RESOURCES)[number];

// Columns: own, partner with an agreement, partner without, expired agreement.
const A: Outcome = 'allow';
const R: Outcome = 'redact';
const D: Outcome = 'deny';
const EXPECTED: Record<Role, Record<Resource, readonly [Outcome, Outcome, Outcome, Outcome]>> = {
  admin: {
    aggregate: [A, A, A, A],
    list: [A, A, R, R],
    detail: [A, A, R, R],
    personal: [A, A, D, D],
    export: [A, A, R, R],
    audit: [A, A, A, A],
    upload: [A, A, A, A],
    admin: [A, A, A, A],
  },
  analyst: {
    aggregate: [A, A, A, A],
    list: [A, A, R, R],
    detail: [A, A, R, R],
    personal: [A, A, D, D],
    export: [A, A, R, R],
    audit: [D, D, D, D],
    upload: [D, D, D, D],
    admin: [D, D, D, D],
  },
  tasking: {
    aggregate: [A, A, A, A],
    list: [A, A, R, R],
    detail: [A, A, R, R],
    personal: [A, A, D, D],
    export: [A, A, R, R],
    audit: [D, D, D, D],
    upload: [D, D, D, D],
    admin: [D, D, D, D],
  },
  board: {
    aggregate: [A, A, A, A],
    list: [D, D, D, D],
    detail: [D, D, D, D],
    personal: [D, D, D, D],
    export: [D, D, D, D],
    audit: [D, D, D, D],
    upload: [D, D, D, D],
    admin: [D, D, D, D],
  },
};

let app: TestApp;
const cookie = {} as Record<Role, string>;
const recordOf = {} as Record<Relation, number>;
let span = '';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startTestApp({ db: await demoDb(1_000) });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const role of ROLES) {
    await insertUser(app.db, { username: `council_${role}`, agencyCode: 'city_council', role, passwordHash });
    cookie[role] = await app.login(`council_${role}`);
  }
  const admin = await app.login('admin');
  const agree = async (fromAgency: string, starts: string, ends: string | null) => {
    const body = { fromAgency, toAgency: 'city_council', purpose: 'ASB casework', starts, ends };
    const res = await app.request('/api/sharing/agreements', {
      method: 'POST',
      cookie: admin,
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
  };
  await agree('police', day(-10), null);
  await agree('housing', day(-400), day(-1));
  for (const rel of RELATIONS) {
    const [r] = await app.db.all<{ id: number }>(sql`select c.id::double as id from contact c
      join contact_personal p on p.contact_id = c.id where c.agency_code = ${AGENCY_OF[rel]} order by c.id limit 1`);
    if (!r) throw new Error(`the demo has ${AGENCY_OF[rel]} records`);
    recordOf[rel] = r.id;
  }
  const [s] = await app.db.all<{ from: string; to: string }>(
    sql`select min(received_on)::varchar as "from", max(received_on)::varchar as "to" from contact`,
  );
  span = `from=${s?.from}&to=${s?.to}`;
});
afterAll(async () => {
  await app.close();
  app.db.close();
});

const statusOutcome = (status: number): Outcome | string =>
  status === 200 ? 'allow' : status === 403 ? 'deny' : `status ${status}`;

function stateOutcome(states: readonly string[]): Outcome | string {
  if (states.length === 0) return 'no rows';
  if (states.every((s) => s === 'available' || s === 'false')) return 'allow';
  if (states.every((s) => s === 'redacted' || s === 'true')) return 'redact';
  return `mixed: ${[...new Set(states)].join(', ')}`;
}

/** What the role actually gets for one kind of access to one agency's records. */
async function observe(role: Role, resource: Resource, rel: Relation): Promise<Outcome | string> {
  const agency = AGENCY_OF[rel];
  const id = recordOf[rel];
  const get = (path: string) => app.request(path, { cookie: cookie[role] });
  const post = (path: string, body: unknown) =>
    app.request(path, { method: 'POST', cookie: cookie[role], body: JSON.stringify(body) });
  switch (resource) {
    case 'aggregate':
      return statusOutcome((await get(`/api/summary?${span}&agency=${agency}`)).status);
    case 'list': {
      const res = await get(`/api/records?${span}&agency=${agency}&pageSize=500`);
      if (res.status !== 200) return statusOutcome(res.status);
      return stateOutcome(RecordPage.parse(await res.json()).rows.map((r) => r.personal));
    }
    case 'detail': {
      const res = await get(`/api/records/${id}`);
      if (res.status !== 200) return statusOutcome(res.status);
      return stateOutcome([RecordDetail.parse(await res.json()).record.personal]);
    }
    case 'personal':
      return statusOutcome((await post(`/api/records/${id}/reveal`, { reason: 'investigation' })).status);
    case 'export': {
      const [from, to] = span.split('&').map((p) => p.split('=')[1]);
      const res = await post('/api/records/export', {
        from,
        to,
        agency,
        purpose: 'matrix',
        recipient: 'test',
      });
      if (res.status !== 200) return statusOutcome(res.status);
      const lines = (await res.text()).trimEnd().split('\r\n');
      const at = lines[0]?.split(',').indexOf('redacted') ?? -1;
      return stateOutcome(lines.slice(1).map((l) => l.split(',')[at] ?? ''));
    }
    case 'audit':
      return statusOutcome((await get('/api/audit')).status);
    case 'upload':
      return statusOutcome((await get('/api/data/upload-options')).status);
    case 'admin':
      return statusOutcome((await get('/api/admin/users')).status);
  }
}

describe.each(ROLES)('a council %s', (role) => {
  it.each(RESOURCES)('gets %s as the matrix says for each relation', async (resource) => {
    const seen: Record<string, Outcome | string> = {};
    for (const rel of RELATIONS) seen[rel] = await observe(role, resource, rel);
    const expected = Object.fromEntries(RELATIONS.map((rel, i) => [rel, EXPECTED[role][resource][i]]));
    expect(seen).toEqual(expected);
  });
});
