import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement, AgreementList } from '../../server/contract/sharing.ts';
import { sql } from '../../server/db/sql.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { insertUser } from '../../server/queries/users.ts';
import { hashPassword } from '../../server/services/auth/passwords.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
const who: Record<string, string> = {};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startTestApp({ db: await demoDb(500) });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await insertUser(app.db, {
    username: 'council',
    agencyCode: 'city_council',
    role: 'analyst',
    passwordHash,
  });
  for (const name of ['analyst', 'admin', 'tasking', 'board', 'council']) who[name] = await app.login(name);
});
afterAll(async () => {
  await app.close();
  app.db.close();
});

const send = (method: string, path: string, as: string, body?: unknown) =>
  app.request(path, { method, cookie: who[as], body: body === undefined ? undefined : JSON.stringify(body) });
const terms = (o: Record<string, unknown> = {}) => ({
  fromAgency: 'police',
  toAgency: 'city_council',
  categories: ['noise'],
  purpose: 'Joint noise casework',
  starts: day(-30),
  ...o,
});
const changes = () =>
  app.db.all<{ username: string; detail: string }>(
    sql`select username, detail from audit_log where action = 'agreement_change' order by id`,
  );
async function policeRecord(category: string): Promise<number> {
  const [r] = await app.db.all<{ id: number }>(sql`select id::double as id from contact
    where agency_code = 'police' and category = ${category} order by id limit 1`);
  if (!r) throw new Error(`the demo has police ${category} records`);
  return r.id;
}
const reveal = (id: number) =>
  send('POST', `/api/records/${id}/reveal`, 'council', { reason: 'case_review' });

describe('information sharing agreements', () => {
  it('are recorded by admins only, each change audited', async () => {
    expect((await send('POST', '/api/sharing/agreements', 'analyst', terms())).status).toBe(403);
    expect((await send('POST', '/api/sharing/agreements', 'board', terms())).status).toBe(403);
    const res = await send('POST', '/api/sharing/agreements', 'admin', terms());
    expect(res.status, await res.clone().text()).toBe(201);
    const a = Agreement.parse(await res.json());
    expect(a).toMatchObject({ fromAgency: 'police', toAgency: 'city_council', ends: null, inForce: true });
    expect(a.createdBy).toBe('admin');
    const audit = await changes();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.username).toBe('admin');
    expect(audit[0]?.detail).toContain(`agreement ${a.id}: police -> city_council, noise`);
  });

  it('can be read by analysts and admins but not the board or JAG members', async () => {
    const list = await send('GET', '/api/sharing/agreements', 'analyst');
    expect(list.status).toBe(200);
    expect(AgreementList.parse(await list.json()).agreements.map((a) => a.purpose)).toEqual([
      'Joint noise casework',
    ]);
    expect((await send('GET', '/api/sharing/agreements', 'board')).status).toBe(403);
    expect((await send('GET', '/api/sharing/agreements', 'tasking')).status).toBe(403);
  });

  it('refuse bad terms with the field named', async () => {
    const bad = async (o: Record<string, unknown>) => {
      const res = await send('POST', '/api/sharing/agreements', 'admin', terms(o));
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { parameter?: string } }).error.parameter;
    };
    expect(await bad({ toAgency: 'police' })).toBe('toAgency');
    expect(await bad({ fromAgency: 'nobody' })).toBe('fromAgency');
    expect(await bad({ ends: day(-60) })).toBe('ends');
    expect(await bad({ purpose: '' })).toBe('purpose');
    expect(await bad({ categories: ['not_a_category'] })).toBe('categories.0');
  });

  it('open exactly the shared categories while in force, and close them when ended', async () => {
    const [a] = AgreementList.parse(
      await (await send('GET', '/api/sharing/agreements', 'admin')).json(),
    ).agreements;
    if (!a) throw new Error('an agreement was recorded');
    const noise = await policeRecord('noise');
    const rowdy = await policeRecord('rowdy');
    expect((await reveal(noise)).status).toBe(200);
    expect((await reveal(rowdy)).status).toBe(403);
    const ended = await send('PATCH', `/api/sharing/agreements/${a.id}`, 'admin', { ends: day(-1) });
    expect(ended.status).toBe(200);
    expect(Agreement.parse(await ended.json())).toMatchObject({
      ends: day(-1),
      inForce: false,
      updatedBy: 'admin',
    });
    expect((await reveal(noise)).status).toBe(403);
    const audit = await changes();
    expect(audit).toHaveLength(2);
    expect(audit[1]?.detail).toContain(`changed (was ${a.starts}..open)`);
    expect((await send('PATCH', `/api/sharing/agreements/${a.id}`, 'analyst', { ends: null })).status).toBe(
      403,
    );
    expect((await send('PATCH', '/api/sharing/agreements/9999', 'admin', { ends: null })).status).toBe(404);
    expect((await send('PATCH', `/api/sharing/agreements/${a.id}`, 'admin', { ends: day(-90) })).status).toBe(
      400,
    );
  });
});
