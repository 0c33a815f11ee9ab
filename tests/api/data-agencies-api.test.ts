import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyAdminList } from '../../server/contract/data.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
});
afterAll(() => app.close());

const post = (body: unknown, cookie = admin) =>
  app.request('/api/data/agencies', { method: 'POST', body: JSON.stringify(body), cookie });
const rename = (code: string, name: string) =>
  app.request(`/api/data/agencies/${code}`, {
    method: 'PATCH',
    body: JSON.stringify({ name }),
    cookie: admin,
  });
const listed = async () =>
  AgencyAdminList.parse(await (await app.request('/api/data/agencies', { cookie: admin })).json()).agencies;
const optionNames = async () => {
  const options = (await (await app.request('/api/options', { cookie: admin })).json()) as {
    agencies: { code: string; name: string }[];
  };
  return Object.fromEntries(options.agencies.map((a) => [a.code, a.name]));
};

describe('/api/data/agencies', () => {
  it('adds an agency that then shows in the list and in the filter options', async () => {
    const res = await post({ code: 'north_fire', name: ' North Fire and Rescue ', kind: 'fire' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ code: 'north_fire', name: 'North Fire and Rescue', kind: 'fire' });
    expect((await listed()).find((a) => a.code === 'north_fire')).toEqual({
      code: 'north_fire',
      name: 'North Fire and Rescue',
      kind: 'fire',
      contacts: 0,
      users: 0,
    });
    expect((await optionNames()).north_fire).toBe('North Fire and Rescue');
  });

  it('counts the users of an agency', async () => {
    const police = (await listed()).find((a) => a.code === 'police');
    expect(police?.users).toBe(1);
  });

  it('renames an agency everywhere it is shown', async () => {
    const res = await rename('north_fire', 'Northshire Fire');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ old: 'North Fire and Rescue', name: 'Northshire Fire' });
    expect((await optionNames()).north_fire).toBe('Northshire Fire');
  });

  it.each([
    ['a taken code', { code: 'north_fire', name: 'X', kind: 'fire' }, 409, 'agency_exists', undefined],
    ['a bad code', { code: 'North Fire', name: 'X', kind: 'fire' }, 400, 'invalid_input', 'code'],
    ['an unknown kind', { code: 'xx', name: 'X', kind: 'army' }, 400, 'invalid_input', 'kind'],
    ['an empty name', { code: 'xx', name: ' ', kind: 'other' }, 400, 'invalid_input', 'name'],
  ])('refuses %s', async (_what, body, status, code, parameter) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const { error } = (await res.json()) as { error: { code: string; parameter?: string } };
    expect(error.code).toBe(code);
    expect(error.parameter).toBe(parameter);
    expect((await listed()).map((a) => a.code)).not.toContain('xx');
  });

  it('answers 404 for renaming an unknown agency, and 403 to analysts', async () => {
    expect((await rename('ghost', 'X')).status).toBe(404);
    const analyst = await app.login('analyst');
    expect((await post({ code: 'yy', name: 'Y', kind: 'other' }, analyst)).status).toBe(403);
    expect((await app.request('/api/data/agencies', { cookie: analyst })).status).toBe(403);
  });
});
