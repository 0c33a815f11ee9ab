import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadJob } from '../../server/contract/data.ts';
import { sql } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
});
afterAll(() => app.close());

interface Logged extends Record<string, unknown> {
  username: string | null;
  agency_code: string | null;
  role: string | null;
  ip: string | null;
  detail: string;
}

/** The audit rows of one action, oldest first, straight from the table. */
const logged = (action: string) =>
  app.db.all<Logged>(sql`select username, agency_code, role, ip, detail from audit_log
    where action = ${action} order by id`);

const post = (p: string, body: unknown, cookie?: string) =>
  app.request(p, { method: 'POST', body: JSON.stringify(body), cookie });

describe('audit rows written by the hooked actions', () => {
  it('records a sign-in with who, agency, role and the client address', async () => {
    await app.login('analyst');
    const rows = await logged('sign_in');
    expect(rows.at(-1)).toMatchObject({ username: 'analyst', agency_code: 'police', role: 'analyst' });
    expect(rows.at(-1)?.ip).toMatch(/127\.0\.0\.1$/);
  });

  it('records a failed sign-in anonymously, naming the username tried on one line', async () => {
    const res = await post('/api/auth/login', {
      username: 'analyst\nsign_in ok admin',
      password: 'wrong-pw',
    });
    expect(res.status).toBe(401);
    const rows = await logged('sign_in_failed');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ username: null, role: null });
    expect(rows[0]?.detail).toBe('username tried: analyst\\u000asign_in ok admin');
  });

  it('records each 403 with the method, path and the user who was refused', async () => {
    const board = await app.login('board');
    expect((await app.request('/api/trends/series?interval=month', { cookie: board })).status).toBe(403);
    expect((await app.request('/api/audit', { cookie: board })).status).toBe(403);
    const rows = await logged('permission_denied');
    expect(rows.map((r) => [r.username, r.role, r.detail])).toEqual([
      ['board', 'board', 'GET /api/trends/series'],
      ['board', 'board', 'GET /api/audit'],
    ]);
  });

  it('does not record a 401 (no session) as a permission denial', async () => {
    const before = (await logged('permission_denied')).length;
    expect((await app.request('/api/audit')).status).toBe(401);
    expect(await logged('permission_denied')).toHaveLength(before);
  });

  it('records a user created by an admin', async () => {
    const body = { username: 'new.officer', agency: 'housing', role: 'analyst', password: 'long-enough-pw' };
    expect((await post('/api/admin/users', body, admin)).status).toBe(201);
    const rows = await logged('user_change');
    expect(rows).toEqual([
      expect.objectContaining({
        username: 'admin',
        detail: 'created user new.officer (role analyst, agency housing)',
      }),
    ]);
  });

  it('records an upload and the removal of the batch it loaded', async () => {
    const name = 'contacts-example.csv';
    const form = new FormData();
    form.append('format', 'contacts');
    form.append('onError', 'set-aside');
    form.append('file', new Blob([fs.readFileSync(path.resolve('docs/examples', name))]), name);
    const res = await fetch(`${app.url}/api/data/uploads`, {
      method: 'POST',
      body: form,
      headers: { cookie: admin },
    });
    expect(res.status).toBe(202);
    let job = UploadJob.parse(await res.json());
    expect((await logged('upload')).map((r) => [r.username, r.detail.split(' (')[0]])).toEqual([
      ['admin', `upload ${job.id}: ${name}`],
    ]);
    while (job.phase !== 'done' && job.phase !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      job = UploadJob.parse(
        await (await app.request(`/api/data/uploads/${job.id}`, { cookie: admin })).json(),
      );
    }
    const batchId = job.report?.batchId;
    expect(batchId).toEqual(expect.any(Number));
    const loaded = job.report?.counts.loaded ?? -1;
    const del = await app.request(`/api/data/batches/${batchId}`, { method: 'DELETE', cookie: admin });
    expect(del.status).toBe(200);
    const removed = await logged('batch_remove');
    expect(removed).toHaveLength(1);
    expect(removed[0]?.username).toBe('admin');
    expect(removed[0]?.detail).toMatch(new RegExp(`^batch ${batchId}: ${loaded} contacts,`));
  });

  it('records a sign-out', async () => {
    const cookie = await app.login('tasking');
    expect((await post('/api/auth/logout', {}, cookie)).status).toBe(204);
    expect((await logged('sign_out')).map((r) => r.username)).toEqual(['tasking']);
  });
});
