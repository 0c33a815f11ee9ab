import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Timeseries } from '../../server/contract/dashboard.ts';
import { HourWeekday, Seasonal, TrendSeries } from '../../server/contract/trends.ts';
import type { Db } from '../../server/db/database.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let db: Db;
let app: TestApp;
let cookie: string;
beforeAll(async () => {
  db = await demoDb(5000);
  app = await startTestApp({ db });
  cookie = await app.login('analyst');
});
afterAll(async () => {
  await app.close();
  db.close();
});

const getJson = async (path: string) => {
  const res = await app.request(path, { cookie });
  expect(res.status, path).toBe(200);
  return (await res.json()) as unknown;
};

describe('trends on the demo data', () => {
  for (const filters of ['', 'category=noise', 'from=2024-03-01&to=2025-02-28&agency=police']) {
    it(`gives the same monthly series as the overview for '${filters}'`, async () => {
      const series = TrendSeries.parse(await getJson(`/api/trends/series?${filters}`));
      const overview = Timeseries.parse(await getJson(`/api/timeseries?${filters}`));
      expect(series.intervals.map((i) => i.start.slice(0, 7))).toEqual(overview.points.map((p) => p.month));
      expect(series.total).toEqual(overview.points.map((p) => p.contacts));
      expect(series.total.some((n) => n > 0)).toBe(true);
    });
  }

  it('shows summer months above winter ones in the seasonal view', async () => {
    const s = Seasonal.parse(await getJson('/api/trends/seasonal'));
    const sum = (months: number[]) =>
      s.years.reduce((total, y) => total + months.reduce((t, m) => t + (y.values[m] ?? 0), 0), 0);
    const whole = s.years.filter((y) => y.values.every((v) => v !== null));
    expect(whole.length).toBeGreaterThan(0);
    for (const y of whole) {
      const summer = (y.values[5] ?? 0) + (y.values[6] ?? 0) + (y.values[7] ?? 0);
      const winter = (y.values[0] ?? 0) + (y.values[1] ?? 0) + (y.values[11] ?? 0);
      expect(summer, y.label).toBeGreaterThan(winter);
    }
    expect(sum([5, 6, 7])).toBeGreaterThan(sum([0, 1, 11]));
  });

  it('puts every record with a known time into the hour x weekday matrix, and counts the rest', async () => {
    const h = HourWeekday.parse(await getJson('/api/trends/hour-weekday'));
    const summary = (await getJson('/api/summary')) as { contacts: number };
    const { monthOnly, dayOnly, invalid } = h.leftOut;
    expect(h.records + monthOnly + dayOnly + invalid).toBe(summary.contacts);
    expect(h.cells.flat()).toHaveLength(168);
    expect(h.cells.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(h.records, 6);
    expect(monthOnly).toBeGreaterThan(0);
    expect(h.windowed).toBeGreaterThan(0);
  });
});
