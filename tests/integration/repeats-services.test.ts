import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterQuery } from '../../server/contract/filters.ts';
import { RepeatQuery } from '../../server/contract/repeats.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { resolveFilters } from '../../server/services/resolve-filters.ts';
import { getRepeatConcentration } from '../../server/services/repeats/get-repeat-concentration.ts';
import { getRepeatList } from '../../server/services/repeats/get-repeat-list.ts';
import { contact, FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

let id = 0;
const call = (callerRef: string, receivedOn: string, o: Parameters<typeof contact>[1] | object = {}) =>
  contact(++id, { receivedOn, callerRef, ...o });

/**
 * Window to 30 Jun 2025, 6 months: 1 Jan to 30 Jun 2025; the one before: 1 Jul to 31 Dec 2024.
 * A: 3 complaints in the window (one reported twice, linked), vulnerable once, 1 before.
 * B: 2 in the window, 3 before (Sep-Nov 2024). C: 1. D: 3 rowdy. E: Jul 2024, Jan 2025, Jun 2025.
 */
const CONTACTS = [
  call('A', '2025-01-10', { locationRef: 'L1' }),
  call('A', '2025-02-01', { locationRef: 'L1', vulnerable: true }),
  call('A', '2025-03-01', { locationRef: 'L1' }),
  call('A', '2025-03-01', { locationRef: 'L1', agencyCode: 'city_council' }),
  call('A', '2024-08-01', { locationRef: 'L1' }),
  call('B', '2025-01-05', { locationRef: 'L1' }),
  call('B', '2025-06-20', { locationRef: 'L2' }),
  call('B', '2024-09-01'),
  call('B', '2024-10-01'),
  call('B', '2024-11-01'),
  call('C', '2025-04-04', { locationRef: 'L2' }),
  call('D', '2025-02-02', { category: 'rowdy' }),
  call('D', '2025-02-03', { category: 'rowdy' }),
  call('D', '2025-02-04', { category: 'rowdy' }),
  call('E', '2024-07-15'),
  call('E', '2025-01-20'),
  call('E', '2025-06-25'),
  contact(++id, { receivedOn: '2025-05-05' }),
];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: CONTACTS });
  // The council's report of A's 1 March complaint is linked to the police one: one incident.
  await db.run(sql`update contact set incident_id = 3 where id in (3, 4)`);
});
afterAll(() => db.close());

const TO: FilterQuery = { from: '2025-01-01', to: '2025-06-30' };
const listOf = async (kind: 'callers' | 'locations', q: object = {}, f: FilterQuery = TO) =>
  getRepeatList(db, await resolveFilters(db, f), kind, RepeatQuery.parse(q));

describe('getRepeatList (callers)', () => {
  it('counts complaints per caller in the window, linked reports once, with the window before', async () => {
    const l = await listOf('callers');
    expect(l.window).toEqual({
      period: { from: '2025-01-01', to: '2025-06-30' },
      previous: { from: '2024-07-01', to: '2024-12-31' },
      label: '6 months',
      // The fixture's first contact is on 15 July 2024, after the window before begins.
      previousComplete: false,
    });
    expect(l.rows.map((r) => [r.ref, r.complaints, r.reports, r.previous, r.meetsThreshold])).toEqual([
      ['A', 3, 4, 1, true],
      ['D', 3, 3, 0, true],
      // Equal counts: the one escalating (E, +1) before the one easing off (B, -1).
      ['E', 2, 2, 1, false],
      ['B', 2, 2, 3, false],
    ]);
    expect(l.rows[0]).toMatchObject({
      vulnerable: true,
      first: '2025-01-10',
      last: '2025-03-01',
      agencies: ['city_council', 'police'],
      categories: ['noise'],
      triggered: { from: '2025-01-10', to: '2025-03-01' },
      others: 1,
    });
    expect(l.counts).toEqual({
      references: 5,
      repeats: 4,
      meeting: 2,
      vulnerableMeeting: 1,
      contactsWithoutRef: 1,
    });
  });

  it('applies the category filter but not the period start', async () => {
    const l = await listOf('callers', {}, { ...TO, from: '2025-06-01', category: ['noise'] });
    expect(l.rows.map((r) => r.ref)).toEqual(['A', 'E', 'B']);
  });

  it('meets the threshold only with 3 complaints inside six months of a 12-month window', async () => {
    const l = await listOf('callers', { window: '12m' });
    expect(l.window.period).toEqual({ from: '2024-07-01', to: '2025-06-30' });
    const byRef = new Map(l.rows.map((r) => [r.ref, r]));
    // B: 1 Sep, 1 Oct, 1 Nov 2024 lie within 183 days. E: 15 Jul 2024 to 25 Jun 2025, no 3 within 183 days.
    expect(byRef.get('B')).toMatchObject({ complaints: 5, meetsThreshold: true });
    expect(byRef.get('B')?.triggered).toEqual({ from: '2024-09-01', to: '2024-11-01' });
    expect(byRef.get('E')).toMatchObject({ complaints: 3, meetsThreshold: false, triggered: null });
  });

  it('takes the threshold, sorts by a column and pages', async () => {
    expect((await listOf('callers', { threshold: 2 })).counts.meeting).toBe(4);
    const change = await listOf('callers', { sort: 'change' });
    // change: A +2, D +3, B -1, E +1
    expect(change.rows.map((r) => r.ref)).toEqual(['D', 'A', 'E', 'B']);
    const page = await listOf('callers', { sort: 'ref', dir: 'asc', limit: 2, offset: 2 });
    expect(page.rows.map((r) => r.ref)).toEqual(['D', 'E']);
    expect(page.page).toEqual({ offset: 2, limit: 2, total: 4 });
  });
});

describe('getRepeatList (locations)', () => {
  it('counts complaints per place and the different callers about it', async () => {
    const l = await listOf('locations');
    expect(l.rows.map((r) => [r.ref, r.complaints, r.others, r.meetsThreshold])).toEqual([
      ['L1', 4, 2, true],
      ['L2', 2, 2, false],
    ]);
  });
});

describe('getRepeatConcentration', () => {
  it('gives the curve and shares of complaints over callers: counts 3, 3, 2, 2, 1 in the window', async () => {
    const c = await getRepeatConcentration(db, await resolveFilters(db, TO), RepeatQuery.parse({}).window);
    expect(c.callers).toMatchObject({ references: 5, complaints: 11, repeatReferences: 4 });
    expect(c.callers.repeatShare).toBeCloseTo(10 / 11, 12);
    // Busiest 10% of 5 callers is half the busiest caller: 1.5 of 11 complaints.
    expect(c.callers.top10).toBeCloseTo(1.5 / 11, 12);
    expect(c.callers.curve[20]).toEqual({ referenceShare: 0.2, complaintShare: 3 / 11 });
    expect(c.callers.curve[40]?.complaintShare).toBeCloseTo(6 / 11, 12);
    expect(c.locations).toMatchObject({ references: 2, complaints: 6 });
  });
});
