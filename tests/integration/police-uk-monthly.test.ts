import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../server/analytics/months.ts';
import { TrendSeries } from '../../server/contract/trends.ts';
import type { Db } from '../../server/db/database.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { filesIn, options } from '../fixtures/ingest/ingest-kit.ts';
import { SHARED_DATA } from '../helpers/shared-data.ts';
import { startTestApp, testDb, type TestApp } from '../helpers/test-app.ts';

const SOURCES = fs.readFileSync(path.join(SHARED_DATA, 'SOURCES.md'), 'utf8');
const ASB_DIR = path.join(SHARED_DATA, 'police_uk/leicestershire/street_asb');

/** "ASB rows per month (...): 2018-10 1049, 2018-11 969, ... (Note ...": the document's own figures. */
function documentedMonths(): Map<string, number> {
  const start = SOURCES.indexOf('ASB rows per month');
  const block = SOURCES.slice(start, SOURCES.indexOf('(Note', start));
  return new Map([...block.matchAll(/(\d{4}-\d{2}) (\d+)/g)].map((m) => [m[1] ?? '', Number(m[2])]));
}

/** The ASB-only files' row total from the table in the same section ("| street_asb/ | ... | 38,058 |"). */
function documentedTotal(): number {
  const row = SOURCES.split('\n').find((l) => l.startsWith('| street_asb/')) ?? '';
  const cells = row.split('|').map((c) => c.trim());
  return Number((cells[4] ?? '').replaceAll(',', ''));
}

let db: Db;
let app: TestApp;
let cookie: string;
beforeAll(async () => {
  db = await testDb();
  for (const file of filesIn(ASB_DIR, '.csv')) await ingestFile(db, file, options({ format: 'police-uk' }));
  app = await startTestApp({ db });
  cookie = await app.login('analyst');
}, 600_000);
afterAll(async () => {
  await app.close();
  db.close();
});

const series = async (query: string) => {
  const res = await app.request(`/api/trends/series?${query}`, { cookie });
  expect(res.status).toBe(200);
  return TrendSeries.parse(await res.json());
};

describe('the monthly series of the real police.uk ASB files', () => {
  it('equals the per-month counts of SOURCES.md, with 0 in the months the files do not cover', async () => {
    const documented = documentedMonths();
    expect(documented.size).toBe(40);
    expect([...documented.values()].reduce((a, b) => a + b, 0)).toBe(documentedTotal());
    const s = await series('from=2018-10-01&to=2022-10-31&interval=month');
    const months = s.intervals.map((i) => i.start.slice(0, 7));
    const expected = Array.from({ length: 49 }, (_, i) => addMonths('2018-10-01', i).slice(0, 7));
    expect(months).toEqual(expected);
    expect(s.total).toEqual(months.map((m) => documented.get(m) ?? 0));
    expect(months.filter((m) => !documented.has(m))).toEqual(expected.slice(5, 14));
  });

  it('charts these overdispersed thousands with XmR by default, and a c-chart flags far more months', async () => {
    const query = 'from=2019-12-01&to=2022-10-31&interval=month';
    const auto = await series(query);
    const forcedC = await series(`${query}&chart=c`);
    expect(auto.control?.kind).toBe('xmr');
    expect(auto.control?.choice.advised).toBe('xmr');
    expect(auto.control?.choice.dispersion).toBeGreaterThan(auto.control?.choice.bound ?? Infinity);
    expect(forcedC.control?.kind).toBe('c');
    const beyond = (s: TrendSeries) =>
      s.control?.points.filter((p) => p.aboveUpper || p.belowLower).length ?? 0;
    // With a mean near 950 the c-chart limits are only +/- 93 wide; the months swing by hundreds.
    expect(beyond(forcedC)).toBeGreaterThan(17);
    expect(beyond(auto)).toBeLessThan(beyond(forcedC));
    // What XmR still flags is the spring and summer 2020 lockdown spike that SOURCES.md notes.
    const flagged = (auto.control?.points ?? [])
      .map((p, i) => ({ ...p, month: auto.intervals[(auto.control?.first ?? 0) + i]?.start.slice(0, 7) }))
      .filter((p) => p.aboveUpper || p.belowLower)
      .map((p) => p.month ?? '');
    expect(flagged.length).toBeGreaterThan(0);
    for (const m of flagged) expect(m >= '2020-04' && m <= '2020-08', m).toBe(true);
  });
});
