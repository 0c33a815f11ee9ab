import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Summary, Timeseries } from '../../server/contract/dashboard.ts';
import { startFixtureApp } from '../helpers/contact-fixtures.ts';
import type { TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let cookie: string;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, cookie, close } = await startFixtureApp('analyst'));
});
afterAll(() => close());

const get = (path: string, who = cookie) => app.request(path, { cookie: who });
const Q1 = 'from=2025-01-01&to=2025-03-31';

describe('GET /api/summary', () => {
  it('answers the hand-counted figures', async () => {
    const res = await get(`/api/summary?${Q1}`);
    expect(res.status).toBe(200);
    const s = Summary.parse(await res.json());
    expect(s).toMatchObject({
      contacts: 5,
      agencies: 3,
      monthOnlyShare: 0.2,
      changeOnLastYear: { previous: 2 },
    });
    expect(s.topCategories.map((c) => [c.category, c.contacts])).toEqual([
      ['noise', 3],
      ['fly_tipping', 1],
      ['rowdy', 1],
    ]);
  });

  it('applies category, agency and area filters', async () => {
    const count = async (q: string) =>
      ((await (await get(`/api/summary?${Q1}&${q}`)).json()) as Summary).contacts;
    expect(await count('category=noise')).toBe(3);
    expect(await count('category=noise,rowdy')).toBe(4);
    expect(await count('agency=police')).toBe(3);
    expect(await count('area=ward:W2')).toBe(2);
    expect(await count('category=noise&area=ward:W2')).toBe(1);
    expect(await count('category=')).toBe(5);
  });

  it('is open to every role and to no one signed out', async () => {
    for (const role of ['admin', 'tasking']) {
      expect((await get(`/api/summary?${Q1}`, await app.login(role))).status).toBe(200);
    }
    expect((await app.request(`/api/summary?${Q1}`)).status).toBe(401);
  });

  it('refuses the board a headline whose comparison count is below the suppression threshold', async () => {
    // Jan-Mar 2024 holds 2 contacts: fewer than 5, so the board may not see this change at all.
    const res = await get(`/api/summary?${Q1}`, await app.login('board'));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('suppressed');
  });
});

describe('bad filter parameters', () => {
  const cases: [string, string][] = [
    ['from=2024-13-45', 'from'],
    ['to=2025-02-30', 'to'],
    ['from=yesterday', 'from'],
    ['from=2025-03-01&to=2025-01-01', 'from'],
    ['from=2030-01-01', 'from'],
    ['category=graffiti', 'category'],
    ['agency=NOT%20VALID', 'agency'],
    ['agency=nobody', 'agency'],
    ['area=W1', 'area'],
    ['area=ward:W9', 'area'],
    ['area=lsoa:W1', 'area'],
  ];
  for (const [query, parameter] of cases) {
    it(`answers 400 naming '${parameter}' for ${query}`, async () => {
      for (const path of ['/api/summary', '/api/timeseries']) {
        const res = await get(`${path}?${query}`);
        expect(res.status, path).toBe(400);
        const body = (await res.json()) as { error: { code: string; parameter: string; message: string } };
        expect(body.error).toMatchObject({ code: 'invalid_input', parameter });
        expect(body.error.message).not.toMatch(/select|contact c/i);
      }
    });
  }
});

describe('GET /api/timeseries', () => {
  it('gives every month of the period with last year beside it', async () => {
    const res = await get('/api/timeseries?from=2025-01-01&to=2025-04-30&category=noise');
    expect(res.status).toBe(200);
    const t = Timeseries.parse(await res.json());
    expect(t).toEqual({
      period: { from: '2025-01-01', to: '2025-04-30' },
      interval: 'month',
      points: [
        { month: '2025-01', contacts: 1, lastYear: 1 },
        { month: '2025-02', contacts: 0, lastYear: 0 },
        { month: '2025-03', contacts: 2, lastYear: 1 },
        { month: '2025-04', contacts: 0, lastYear: 0 },
      ],
    });
  });

  it('defaults to the twelve months ending with the latest data', async () => {
    const t = (await (await get('/api/timeseries')).json()) as Timeseries;
    expect(t.period).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(t.points).toHaveLength(12);
    expect(t.points.reduce((s, p) => s + p.contacts, 0)).toBe(6);
  });
});
