import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoundaryCollection, Options, Summary, Timeseries } from '../../server/contract/dashboard.ts';
import { sql } from '../../server/db/sql.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await startTestApp({ db: await demoDb(5_000) });
  cookie = await app.login('analyst');
});
afterAll(async () => {
  await app.close();
  app.db.close();
});

const json = async <T>(path: string) => (await (await app.request(path, { cookie })).json()) as T;

describe('the dashboard over the demo data', () => {
  it('summarises the last twelve complete months as SQL counts them', async () => {
    const s = await json<Summary>('/api/summary');
    const [row] = await app.db.all<{ n: number }>(
      sql`select count(*)::integer as n from contact where received_on between '2025-11-01' and '2026-10-31'`,
    );
    expect(s.period).toEqual({ from: '2025-11-01', to: '2026-10-31' });
    expect(s.contacts).toBe(row?.n);
    expect(s.comparisonComplete).toBe(true);
    const t = await json<Timeseries>('/api/timeseries');
    expect(t.points.reduce((sum, p) => sum + p.contacts, 0)).toBe(s.contacts);
    expect(t.points.every((p) => p.lastYear !== null)).toBe(true);
  });

  it('offers the three demo layers and serves each with as many features as it has areas', async () => {
    const o = await json<Options>('/api/options');
    expect(o.layers.map((l) => l.id).sort()).toEqual(['district', 'small_area', 'ward']);
    for (const layer of o.layers) {
      const fc = await json<BoundaryCollection>(`/api/boundaries/${layer.id}`);
      expect(fc.features).toHaveLength(layer.areas);
    }
  });
});
