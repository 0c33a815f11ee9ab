import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDef } from '../../server/api/route.ts';
import { allRoutes } from '../../server/api/routes.ts';
import { ROLES, type Role } from '../../server/contract/auth.ts';
import { startTestApp, testConfig, testDb, type TestApp } from '../helpers/test-app.ts';

// Enumerated from the registry, so a route added later is checked without touching this file.
const enumerationDb = await testDb();
const routes = allRoutes({ db: enumerationDb, config: testConfig(), log: () => undefined });
const PUBLIC = ['GET /api/health', 'POST /api/auth/login'];

const keyOf = (r: RouteDef) => `${r.method.toUpperCase()} ${r.path}`;
const restricted = routes.filter((r) => r.roles !== 'public');
const rolesOf = (r: RouteDef): readonly Role[] => (r.roles === 'public' ? ROLES : r.roles);

// Plausible values for path parameters; a username that is not a demo user, so no route can lock us out.
const SAMPLE: Record<string, string> = {
  layer: 'lsoa',
  code: 'E01000001',
  username: 'nobody',
  month: '2025-01',
};
const sampleValue = (name: string) => SAMPLE[name] ?? (/id$/i.test(name) ? '1' : 'sample');

/** Express 5 path syntax -> a concrete path: optional groups kept, :param and *splat filled in. */
function samplePath(path: string): string {
  return path.replace(/[{}]/g, '').replace(/[:*](\w+)/g, (_, name: string) => sampleValue(name));
}

describe('route registry', () => {
  it('makes only health and sign-in public', () => {
    expect(
      routes
        .filter((r) => r.roles === 'public')
        .map(keyOf)
        .sort(),
    ).toEqual(PUBLIC);
  });

  it('gives every other route at least one known role, and no route twice', () => {
    for (const r of restricted) {
      expect(r.roles.length, keyOf(r)).toBeGreaterThan(0);
      for (const role of r.roles) expect(ROLES, keyOf(r)).toContain(role);
    }
    expect(new Set(routes.map(keyOf)).size).toBe(routes.length);
  });

  it('fills path parameters', () => {
    expect(samplePath('/api/areas/:layer/:code{/:format}')).toBe('/api/areas/lsoa/E01000001/sample');
  });
});

describe('role checks on every route', () => {
  let app: TestApp;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
    enumerationDb.close();
  });

  const cookieFor = async (role: Role) => {
    const cookie = cookies.get(role) ?? (await app.login(role));
    cookies.set(role, cookie);
    return cookie;
  };

  const call = async (route: RouteDef, role?: Role) => {
    const cookie = role ? await cookieFor(role) : undefined;
    const res = await app.request(samplePath(route.path), {
      method: route.method.toUpperCase(),
      ...(route.method === 'get' ? {} : { body: '{}' }),
      ...(cookie ? { cookie } : {}),
    });
    // A handler that ran may have ended the session (logout); sign in afresh next time.
    if (role && route.method !== 'get' && route.roles !== 'public') cookies.delete(role);
    return { status: res.status, body: await res.text() };
  };

  for (const route of restricted) {
    it(`${keyOf(route)} answers 401 without a session`, async () => {
      const { status, body } = await call(route);
      expect(status).toBe(401);
      expect(JSON.parse(body)).toMatchObject({ error: { code: 'unauthenticated' } });
    });
  }

  for (const route of routes) {
    for (const role of ROLES) {
      const allowed = rolesOf(route).includes(role);
      it(`${keyOf(route)} ${allowed ? 'lets' : 'refuses'} ${role}`, async () => {
        const { status, body } = await call(route, role);
        if (allowed) expect([401, 403], body).not.toContain(status);
        else {
          expect(status, body).toBe(403);
          expect(JSON.parse(body)).toMatchObject({ error: { code: 'forbidden' } });
        }
      });
    }
  }
});
