import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../server/db/sql.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { resolveSession, signIn } from '../../server/services/auth/sessions.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const MINUTE = 60_000;
const policy = { idleMinutes: 30, maxHours: 12 };

describe('sessions over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const me = (cookie?: string) => app.request('/api/auth/me', cookie ? { cookie } : {});
  const sessionCount = async () =>
    (await app.db.all<{ n: number }>(sql`select count(*)::integer as n from user_session`))[0]?.n;

  it('GET /api/auth/me answers the user with the cookie and 401 without it', async () => {
    const cookie = await app.login('tasking');
    const res = await me(cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ username: 'tasking', role: 'tasking' });
    const anonymous = await me();
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('unauthenticated');
  });

  it('answers 401 for a made-up token', async () => {
    expect((await me('icsb_session=AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(401);
    expect((await me('icsb_session=not-even-the-right-shape')).status).toBe(401);
  });

  it('logout deletes the session on the server, so the old cookie stops working', async () => {
    const cookie = await app.login('analyst');
    const before = await sessionCount();
    const res = await app.request('/api/auth/logout', { method: 'POST', cookie });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^icsb_session=;/);
    expect(await sessionCount()).toBe((before ?? 0) - 1);
    expect((await me(cookie)).status).toBe(401);
  });

  it('ends a session left idle past the limit', async () => {
    const cookie = await app.login('analyst');
    expect((await me(cookie)).status).toBe(200);
    await app.db.run(sql`update user_session set last_seen_at = now()::timestamp - interval 31 minutes`);
    // A statement outside a transaction and the API: the session cache learns of it from markChanged().
    app.db.markChanged();
    expect((await me(cookie)).status).toBe(401);
  });

  it('answers a burst of requests after a quiet minute, touching the session once', async () => {
    const cookie = await app.login('analyst');
    // The session is due a last-seen update: every request of the burst would try to write its row.
    await app.db.run(sql`update user_session set last_seen_at = now()::timestamp - interval 2 minutes`);
    app.db.markChanged();
    const burst = await Promise.all(
      ['/api/auth/me', '/api/options', '/api/summary', '/api/timeseries', '/api/auth/me', '/api/options'].map(
        (path) => app.request(path, { cookie }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const [seen] = await app.db.all<{ ago: number }>(
      sql`select date_diff('second', max(last_seen_at), now()::timestamp)::integer as ago from user_session`,
    );
    expect(seen?.ago).toBeLessThan(60);
  });

  it('ends a session past its absolute expiry even when active', async () => {
    const cookie = await app.login('analyst');
    await app.db.run(sql`update user_session set expires_at = now()::timestamp - interval 1 second`);
    app.db.markChanged();
    expect((await me(cookie)).status).toBe(401);
  });

  it('a disabled user loses an open session', async () => {
    const cookie = await app.login('tasking');
    expect((await me(cookie)).status).toBe(200);
    await app.db.run(sql`update app_user set disabled = true where username = 'tasking'`);
    app.db.markChanged();
    expect((await me(cookie)).status).toBe(401);
    await app.db.run(sql`update app_user set disabled = false where username = 'tasking'`);
    app.db.markChanged();
  });

  it('answers a signed-in request from the session cache without a DuckDB query until the data change', async () => {
    const cookie = await app.login('analyst');
    expect((await me(cookie)).status).toBe(200);
    const all = app.db.all.bind(app.db);
    let queries = 0;
    app.db.all = (q) => {
      queries++;
      return all(q);
    };
    try {
      expect(await (await me(cookie)).json()).toMatchObject({ username: 'analyst' });
      expect(queries).toBe(0);
      app.db.markChanged();
      expect((await me(cookie)).status).toBe(200);
      // The session row and its user, read again.
      expect(queries).toBe(2);
    } finally {
      app.db.all = all;
    }
  });
});

describe('session expiry in the session service', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const t0 = new Date('2026-03-02T09:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
  const open = async () => {
    const result = await signIn(app.db, policy, 'analyst', DEMO_PASSWORD, t0);
    if (!result) throw new Error('sign-in failed');
    return result.token;
  };

  it('keeps a session alive just inside the idle limit and ends it at the limit', async () => {
    const token = await open();
    expect(await resolveSession(app.db, policy, token, at(29))).toMatchObject({ username: 'analyst' });
    // Activity at 29 minutes moved the idle clock, so 29 + 30 is the new limit.
    expect(await resolveSession(app.db, policy, token, at(58))).not.toBeNull();
    expect(await resolveSession(app.db, policy, token, at(58 + 30))).toBeNull();
    expect(await resolveSession(app.db, policy, token, at(58))).toBeNull();
  });

  it('ends an active session at the absolute limit', async () => {
    const token = await open();
    for (let m = 20; m < 12 * 60; m += 20)
      expect(await resolveSession(app.db, policy, token, at(m))).not.toBeNull();
    expect(await resolveSession(app.db, policy, token, at(12 * 60))).toBeNull();
  });
});
