import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

describe('/api/admin/users', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
  });
  afterAll(() => app.close());

  const create = (body: Record<string, unknown>, cookie = admin) =>
    app.request('/api/admin/users', { method: 'POST', body: JSON.stringify(body), cookie });
  const valid = { username: 'new.analyst', agency: 'housing', role: 'analyst', password: 'long-enough-pw' };

  it('GET lists every user with id, username, role, agency and disabled, and no password hash', async () => {
    const res = await app.request('/api/admin/users', { cookie: admin });
    expect(res.status).toBe(200);
    const { users } = (await res.json()) as { users: Record<string, unknown>[] };
    expect(users.map((u) => u.username).sort()).toEqual(['admin', 'analyst', 'board', 'tasking']);
    expect(users.find((u) => u.username === 'analyst')).toEqual({
      id: expect.any(Number),
      username: 'analyst',
      role: 'analyst',
      agency: { code: 'police', name: 'Demo Constabulary' },
      disabled: false,
    });
  });

  it('POST creates a user who can then sign in', async () => {
    const res = await create(valid);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ username: 'new.analyst', role: 'analyst', disabled: false });
    const cookie = await app.login('new.analyst', 'long-enough-pw');
    const me = await app.request('/api/auth/me', { cookie });
    expect(await me.json()).toMatchObject({ username: 'new.analyst', agency: { code: 'housing' } });
    const rows = await app.db.all<{ h: string }>(
      sql`select password_hash as h from app_user where username = 'new.analyst'`,
    );
    expect(rows[0]?.h).toMatch(/^\$argon2id\$/);
  });

  it('POST answers 409 for a username that exists', async () => {
    const res = await create({ ...valid, username: 'analyst' });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: 'duplicate_username', parameter: 'username' });
  });

  it.each([
    ['role', { ...valid, username: 'u1', role: 'superuser' }],
    ['password', { username: 'u2', agency: 'police', role: 'board' }],
    ['agency', { ...valid, username: 'u3', agency: 'no_such_agency' }],
    ['password', { ...valid, username: 'u4', password: 'short' }],
    ['username', { ...valid, username: 'has spaces' }],
  ])('POST answers 400 naming the bad field %s', async (field, body) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.parameter).toBe(field);
    expect(error.message).toMatch(new RegExp(field, 'i'));
  });

  it('refuses everyone but admins', async () => {
    const analyst = await app.login('analyst');
    expect((await app.request('/api/admin/users', { cookie: analyst })).status).toBe(403);
    expect((await create({ ...valid, username: 'sneaky' }, analyst)).status).toBe(403);
    const rows = await app.db.all(sql`select 1 from app_user where username = 'sneaky'`);
    expect(rows).toHaveLength(0);
  });
});
