import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlantedTruth } from '../../server/contract/planted-truth.ts';
import type { Db } from '../../server/db/database.ts';
import { sql, type Sql } from '../../server/db/sql.ts';
import { generateIntoDb } from '../../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { testDb } from '../helpers/test-app.ts';

const RECORDS = 100_000;
let db: Db;
let truth: PlantedTruth;
beforeAll(async () => {
  db = await testDb();
  ({ truth } = await generateIntoDb(db, { records: RECORDS, seed: 424242, ...DEFAULT_PERIOD }));
});
afterAll(() => db.close());

const row = async (q: Sql) => (await db.all<Record<string, number>>(q))[0] ?? {};
describe('generated contacts over time (100,000 records)', () => {
  it('peak in summer: June to August days are busier than December to February days', async () => {
    const r = await row(sql`select avg(n) filter (where m in (6, 7, 8)) as summer,
        avg(n) filter (where m in (12, 1, 2)) as winter
      from (select received_on, month(received_on) as m, count(*) as n from contact
        where time_precision <> 'month' group by all)`);
    expect(r.summer).toBeGreaterThan(1.2 * (r.winter as number));
  });

  it('spike over Halloween and Bonfire Night against the other October and November days', async () => {
    const days = truth.events.filter((e) => /Halloween|Bonfire/.test(e.name)).flatMap((e) => e.days);
    expect(days).toEqual(['10-30', '10-31', '11-04', '11-05', '11-06']);
    const r =
      await row(sql`select avg(n) filter (where md in ('10-30', '10-31', '11-04', '11-05', '11-06')) as event,
        avg(n) filter (where md not in ('10-30', '10-31', '11-04', '11-05', '11-06')) as other
      from (select strftime(received_on, '%m-%d') as md, received_on, count(*) as n from contact
        where time_precision <> 'month' and month(received_on) in (10, 11) group by all)`);
    expect(r.event).toBeGreaterThan(1.4 * (r.other as number));
  });

  it('gather on Friday and Saturday evenings', async () => {
    const r = await row(sql`select avg(n) filter (where dow in (5, 6)) as weekend,
        avg(n) filter (where dow between 1 and 4) as weekday
      from (select received_on, dayofweek(received_on) as dow, count(*) as n from contact
        where time_precision = 'time' and hour(received_at) >= 18 group by all)`);
    expect(r.weekend).toBeGreaterThan(1.3 * (r.weekday as number));
  });

  it('put rowdy behaviour late in the evening and fly-tipping reports in the day', async () => {
    // Hours counted from 06:00, so the small hours come after the evening.
    const r =
      await row(sql`select avg((hour(received_at) + 18) % 24) filter (where category = 'rowdy') as rowdy,
        avg((hour(received_at) + 18) % 24) filter (where category = 'fly_tipping') as fly_tipping
      from contact where time_precision = 'time'`);
    expect(r.rowdy).toBeGreaterThan((r.fly_tipping as number) + 5);
  });

  it('record some incidents in a window before the call, and some by month only', async () => {
    const r = await row(sql`select avg((from_at is not null)::integer) as windows,
        avg((time_precision = 'month')::integer) as month_only,
        count(*) filter (where from_at > to_at or to_at > received_at) as backwards
      from contact`);
    expect(r.windows).toBeGreaterThan(0.05);
    expect(r.month_only).toBeGreaterThan(0.01);
    expect(Number(r.backwards)).toBe(0);
  });

  it('have no records from the planted agency in its outage month, and some either side', async () => {
    const counts = await db.all<{
      month: string;
      n: number;
    }>(sql`select strftime(received_on, '%Y-%m') as month,
        count(*)::integer as n from contact where agency_code = ${truth.outage.agency} group by all`);
    const byMonth = new Map(counts.map((c) => [c.month, c.n]));
    const month = truth.outage.month;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const near = (k: number) => new Date(Date.UTC(y, m - 1 + k, 1)).toISOString().slice(0, 7);
    expect(byMonth.get(month) ?? 0).toBe(0);
    expect(byMonth.get(near(-1))).toBeGreaterThan(100);
    expect(byMonth.get(near(1))).toBeGreaterThan(100);
  });
});
