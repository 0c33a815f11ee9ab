import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/db/sql.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const loginBody = (username: string, password: string) => ({
  method: 'POST',
  body: JSON.stringify({ username, password }),
});

describe('POST /api/auth/login', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const signIn = async (username = 'analyst', password = DEMO_PASSWORD) => {
    const res = await app.request('/api/auth/login', loginBody(username, password));
    const setCookie = res.headers.get('set-cookie') ?? '';
    const token = /^icsb_session=([^;]*)/.exec(setCookie)?.[1] ?? '';
    return { res, setCookie, token };
  };

  it('answers the signed-in user and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const { res, setCookie } = await signIn();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      username: 'analyst',
      role: 'analyst',
      agency: { code: 'police', name: 'Demo Constabulary' },
    });
    const attributes = setCookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=strict');
    expect(attributes).toContain('path=/');
  });

  it('issues a 128-bit random token as 22 base64url characters', async () => {
    const { token } = await signIn();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);
  });

  it('issues a new token at every sign-in, each one working', async () => {
    const tokens = [(await signIn()).token, (await signIn()).token, (await signIn()).token];
    expect(new Set(tokens).size).toBe(3);
    for (const t of tokens)
      expect((await app.request('/api/auth/me', { cookie: `icsb_session=${t}` })).status).toBe(200);
  });

  it('stores only a hash of the token', async () => {
    const { token } = await signIn();
    const rows = await app.db.all(sql`select * from user_session`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('answers 401 with the same message for a wrong password and an unknown user', async () => {
    const wrong = await signIn('analyst', 'not-the-password');
    const unknown = await signIn('nobody-here', DEMO_PASSWORD);
    expect(wrong.res.status).toBe(401);
    expect(unknown.res.status).toBe(401);
    const [a, b] = [await wrong.res.json(), await unknown.res.json()];
    expect(a).toEqual(b);
    expect(a).toEqual({ error: { code: 'bad_credentials', message: expect.any(String) } });
    expect(wrong.setCookie).toBe('');
  });

  it('refuses a disabled user with the same 401', async () => {
    await app.db.run(sql`update app_user set disabled = true where username = 'board'`);
    const { res } = await signIn('board');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('bad_credentials');
  });

  it('answers 400 naming the missing field', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'a' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_input', parameter: 'password' });
  });

  it('keeps passwords as argon2id hashes', async () => {
    const rows = await app.db.all<{ password_hash: string }>(sql`select password_hash from app_user`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,p=\d+,t=\d+\$/);
  });
});
