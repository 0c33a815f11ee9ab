import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/api/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { seedDemoUsers } from '../../server/demo/seed-demo-users.ts';

/** A migrated in-memory database with the demo agencies and one user per role. */
export async function testDb(): Promise<Db> {
  const db = await Db.open({ path: ':memory:', threads: 2, memoryLimit: '2GB', maxConcurrent: 2 });
  await migrate(db);
  await seedDemoUsers(db);
  return db;
}

export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ ICSB_DB: ':memory:', PORT: '0', ICSB_LOGIN_RATE_LIMIT: '1000', ...overrides });
}

export interface TestApp {
  url: string;
  db: Db;
  /** fetch against the app; path starts with /api. */
  request: (path: string, init?: RequestInit & { cookie?: string }) => Promise<Response>;
  /** Signs in (demo password by default) and returns the session cookie `name=value`. */
  login: (username: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

/** The real app on port 0 over real HTTP. */
export async function startTestApp(options: { db?: Db; config?: Config } = {}): Promise<TestApp> {
  const db = options.db ?? (await testDb());
  const config = options.config ?? testConfig();
  const app = createApp({ db, config, log: () => undefined });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request = (path: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(url + path, { ...init, headers });
  };
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
    const setCookie = res.headers.get('set-cookie') ?? '';
    return setCookie.split(';')[0] ?? '';
  };
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (!options.db) db.close();
  };
  return { url, db, request, login, close };
}
