import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HourWeekday, Seasonal, TrendChange, TrendSeries } from '../../server/contract/trends.ts';
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
const PATHS = [
  '/api/trends/series',
  '/api/trends/change',
  '/api/trends/hour-weekday',
  '/api/trends/seasonal',
];

describe('GET /api/trends/series', () => {
  it('answers the hand-counted months, split by ward', async () => {
    const res = await get(`/api/trends/series?${Q1}&split=area:ward`);
    expect(res.status).toBe(200);
    const s = TrendSeries.parse(await res.json());
    expect(s.total).toEqual([2, 1, 2]);
    expect(s.series.map((l) => [l.key, l.label, l.values])).toEqual([
      ['W1', 'Ward One', [2, 0, 1]],
      ['W2', 'Ward Two', [0, 1, 1]],
    ]);
    expect(s.control?.kind).toBe('c');
  });

  it('counts incidents as reports while no reports are linked', async () => {
    const reports = TrendSeries.parse(await (await get(`/api/trends/series?${Q1}`)).json());
    const incidents = TrendSeries.parse(await (await get(`/api/trends/series?${Q1}&count=incidents`)).json());
    expect(incidents.total).toEqual(reports.total);
    expect(incidents.count).toBe('incidents');
  });
});

describe('the other trend routes', () => {
  it('answer in their contract shapes', async () => {
    TrendChange.parse(await (await get(`/api/trends/change?${Q1}`)).json());
    const h = HourWeekday.parse(await (await get(`/api/trends/hour-weekday?${Q1}`)).json());
    // The hand-counted fixture gives days only, one of them month-only.
    expect(h.leftOut).toEqual({ monthOnly: 1, dayOnly: 4, invalid: 0 });
    expect(h.cells).toHaveLength(7);
    Seasonal.parse(await (await get(`/api/trends/seasonal?${Q1}`)).json());
  });

  it('are refused to the board and to no one signed in', async () => {
    const board = await app.login('board');
    for (const path of PATHS) {
      expect((await get(`${path}?${Q1}`, board)).status, path).toBe(403);
      expect((await app.request(path)).status, path).toBe(401);
    }
    for (const role of ['admin', 'tasking']) {
      const who = await app.login(role);
      for (const path of PATHS) expect((await get(`${path}?${Q1}`, who)).status, `${role} ${path}`).toBe(200);
    }
  });
});

describe('bad trend parameters', () => {
  const cases: [string, string, string][] = [
    ['/api/trends/series', 'interval=year', 'interval'],
    ['/api/trends/series', 'split=postcode', 'split'],
    ['/api/trends/series', 'split=area:lsoa', 'split'],
    ['/api/trends/series', 'split=area:DROP%20TABLE', 'split'],
    ['/api/trends/series', 'count=calls', 'count'],
    ['/api/trends/series', 'chart=p', 'chart'],
    ['/api/trends/series', 'top=0', 'top'],
    ['/api/trends/change', 'count=calls', 'count'],
    ['/api/trends/hour-weekday', 'from=2025-02-30', 'from'],
    ['/api/trends/seasonal', 'category=graffiti', 'category'],
  ];
  for (const [path, query, parameter] of cases) {
    it(`${path} answers 400 naming '${parameter}' for ${query}`, async () => {
      const res = await get(`${path}?${query}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; parameter: string; message: string } };
      expect(body.error).toMatchObject({ code: 'invalid_input', parameter });
      expect(body.error.message).not.toMatch(/select|contact c/i);
    });
  }
});
