import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMiddleware } from '../../server/api/error-middleware.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { sql } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

describe('API errors and headers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(['GET', 'POST', 'DELETE'])(
    'answers %s on an unknown /api path with a 404 JSON error',
    async (method) => {
      const res = await app.request('/api/no/such/route?x=1', { method });
      expect(res.status).toBe(404);
      const body = ErrorBody.parse(await res.json());
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toContain('/api/no/such/route');
    },
  );

  it('sends the helmet security headers', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers 413 JSON for a body over the limit', async () => {
    const body = JSON.stringify({ username: 'analyst', password: 'x'.repeat(200_000) });
    const res = await app.request('/api/auth/login', { method: 'POST', body });
    expect(res.status).toBe(413);
    const { error } = ErrorBody.parse(await res.json());
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/too large/i);
  });

  it('answers 400 JSON for a body that is not JSON', async () => {
    const res = await app.request('/api/auth/login', { method: 'POST', body: '{"username":' });
    expect(res.status).toBe(400);
    expect(ErrorBody.parse(await res.json()).error.code).toBe('bad_json');
  });
});

describe('errorMiddleware on an internal error', () => {
  let server: Server;
  let url: string;
  const logged: unknown[] = [];
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const tiny = express();
    tiny.get('/boom', async () => {
      await app.db.all(sql`select secret_column from no_such_table where id = ${1}`);
    });
    tiny.use(errorMiddleware((_msg, err) => logged.push(err)));
    server = await new Promise<Server>((resolve) => {
      const s = tiny.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  });

  it('answers 500 with a generic message, no SQL or stack, and logs the cause', async () => {
    const res = await fetch(`${url}/boom`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Something went wrong on the server.' },
    });
    for (const leak of ['no_such_table', 'secret_column', 'select', 'Catalog', '.ts:', '    at '])
      expect(text).not.toContain(leak);
    expect(String(logged[0])).toContain('no_such_table');
  });
});
