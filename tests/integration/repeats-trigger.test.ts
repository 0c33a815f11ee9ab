import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterQuery } from '../../server/contract/filters.ts';
import { RepeatQuery } from '../../server/contract/repeats.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { resolveFilters } from '../../server/services/resolve-filters.ts';
import { getRepeatList } from '../../server/services/repeats/get-repeat-list.ts';
import { contact, FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

let id = 0;
const call = (callerRef: string, receivedOn: string, o: Parameters<typeof contact>[1] | object = {}) =>
  contact(++id, { receivedOn, callerRef, locationRef: `P-${callerRef}`, ...o });

/**
 * The 12-month window to 30 Jun 2025 is 1 Jul 2024 to 30 Jun 2025, two 183-day spans; the 6-month
 * window is 1 Jan to 30 Jun 2025. Days between dates worked by hand, month by month.
 * F: 4 complaints, no 3 within 183 days (10 Jul-15 Jan is 189 days, 1 Dec-28 Jun is 209).
 * G: 4 complaints, 10 Jul, 1 Oct, 20 Dec within 163 days.
 * H: 5 complaints; 1 Jul-1 Jan is 184 days (no), 1 Oct-1 Apr is 182 (yes, the first run).
 * I: an incident first reported 30 Dec 2024 and again 2 Jan 2025, then 1 Feb and 1 Mar 2025.
 * J: only an incident reported 29 Dec 2024 and 3 Jan 2025.
 * K: 1 Oct 2024, 1 Jan and 2 Apr 2025: 183 days, one too many.
 */
const CONTACTS = [
  ...['2024-07-10', '2024-12-01', '2025-01-15', '2025-06-28'].map((d) => call('F', d)),
  ...['2024-07-10', '2024-10-01', '2024-12-20', '2025-06-28'].map((d) => call('G', d)),
  ...['2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-06-30'].map((d) => call('H', d)),
  call('I', '2024-12-30'),
  call('I', '2025-01-02', { agencyCode: 'city_council', category: 'rowdy' }),
  call('I', '2025-02-01'),
  call('I', '2025-03-01', { locationRef: 'P-other' }),
  call('J', '2024-12-29'),
  call('J', '2025-01-03'),
  ...['2024-10-01', '2025-01-01', '2025-04-02'].map((d) => call('K', d)),
];
const [I_FIRST, J_FIRST] = [14, 18];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: CONTACTS });
  // Linked reports carry the smallest id of their incident.
  await db.run(sql`update contact set incident_id = ${I_FIRST} where id in (${I_FIRST}, ${I_FIRST + 1})`);
  await db.run(sql`update contact set incident_id = ${J_FIRST} where id in (${J_FIRST}, ${J_FIRST + 1})`);
});
afterAll(() => db.close());

const TO: FilterQuery = { from: '2025-01-01', to: '2025-06-30' };
const callers = async (q: object) =>
  getRepeatList(
    db,
    await resolveFilters(db, TO),
    'callers',
    RepeatQuery.parse({ sort: 'ref', dir: 'asc', ...q }),
  );

describe('the case-review trigger over a 12-month window', () => {
  it('finds 3 complaints within 183 days, the first time, however many complaints there are', async () => {
    const l = await callers({ window: '12m' });
    const byRef = new Map(l.rows.map((r) => [r.ref, r]));
    expect(byRef.get('F')).toMatchObject({ complaints: 4, meetsThreshold: false, triggered: null });
    expect(byRef.get('K')).toMatchObject({ complaints: 3, meetsThreshold: false, triggered: null });
    expect(byRef.get('G')).toMatchObject({
      complaints: 4,
      meetsThreshold: true,
      triggered: { from: '2024-07-10', to: '2024-12-20' },
    });
    expect(byRef.get('H')).toMatchObject({
      complaints: 5,
      meetsThreshold: true,
      triggered: { from: '2024-10-01', to: '2025-04-01' },
    });
    expect(l.counts.meeting).toBe(3);
  });

  it('with a threshold of 4, finds none: no 4 of them within 183 days', async () => {
    const l = await callers({ window: '12m', threshold: 4 });
    expect(l.rows.filter((r) => r.meetsThreshold).map((r) => r.ref)).toEqual([]);
  });
});

describe('an incident reported either side of the window start', () => {
  it('counts it in the window before, by its first report, but its later report still shows', async () => {
    const l = await callers({});
    const i = l.rows.find((r) => r.ref === 'I');
    expect(i).toMatchObject({
      complaints: 2,
      reports: 2,
      previous: 1,
      first: '2025-02-01',
      last: '2025-03-01',
      // Agencies, categories and places come from every report in the window.
      agencies: ['city_council', 'police'],
      categories: ['noise', 'rowdy'],
      others: 2,
    });
    // J has a report in the window but no complaint: it counts among the references, not the repeats.
    expect(l.rows.map((r) => r.ref)).toEqual(['F', 'H', 'I', 'K']);
    expect(l.counts).toMatchObject({ references: 6, repeats: 4 });
  });
});

describe('a window before any contact', () => {
  it('lists none and counts zeros, not nulls', async () => {
    const f = await resolveFilters(db, { from: '2020-01-01', to: '2020-06-30' });
    const l = await getRepeatList(db, f, 'locations', RepeatQuery.parse({}));
    expect(l.rows).toEqual([]);
    expect(l.counts).toEqual({
      references: 0,
      repeats: 0,
      meeting: 0,
      vulnerableMeeting: 0,
      contactsWithoutRef: 0,
    });
  });
});
