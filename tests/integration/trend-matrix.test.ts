import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aoristicFromRecords } from '../../server/analytics/trends/aoristic-records.ts';
import type { Db } from '../../server/db/database.ts';
import { trendMatrix } from '../../server/queries/trend-matrix.ts';
import { resolveFilters } from '../../server/services/resolve-filters.ts';
import { contact, FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

const at = (iso: string) => Date.parse(`${iso}Z`);
const windowed = (id: number, from: string, to: string) =>
  contact(id, {
    receivedOn: to.slice(0, 10),
    timePrecision: 'time',
    receivedAtMs: at(to),
    fromAtMs: at(from),
    toAtMs: at(to),
  });

/**
 * Windows that test the edges of the spread, in January (London on UTC) unless said: across the end of
 * the week, longer than a week, exactly two weeks, inside one hour, of no length, a summer moment (BST,
 * an hour ahead of UTC), one ending before it starts, and a record with a day only.
 */
const CONTACTS = [
  windowed(1, '2025-01-12T23:15:00', '2025-01-13T00:45:00'),
  windowed(2, '2025-01-12T23:30:00', '2025-01-20T01:00:00'),
  windowed(3, '2025-01-06T08:00:00', '2025-01-20T08:00:00'),
  windowed(4, '2025-01-15T10:10:00', '2025-01-15T10:40:00'),
  windowed(5, '2025-01-15T14:59:00', '2025-01-15T14:59:00'),
  contact(6, { receivedOn: '2025-07-01', timePrecision: 'time', receivedAtMs: at('2025-07-01T09:30:00') }),
  windowed(7, '2025-01-16T12:00:00', '2025-01-16T11:00:00'),
  contact(8, { receivedOn: '2025-01-17' }),
];

/** The same records as local wall-clock windows, for the aoristic spread in JS. */
const LOCAL = [
  { from: '2025-01-12T23:15', to: '2025-01-13T00:45' },
  { from: '2025-01-12T23:30', to: '2025-01-20T01:00' },
  { from: '2025-01-06T08:00', to: '2025-01-20T08:00' },
  { from: '2025-01-15T10:10', to: '2025-01-15T10:40' },
  { from: '2025-01-15T14:59', to: '2025-01-15T14:59' },
  { from: '2025-07-01T10:30', to: null },
];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: CONTACTS });
});
afterAll(() => db.close());

const SUN = 6 * 24;
const MON = 0;

describe('trendMatrix (the aoristic spread in DuckDB)', () => {
  it('spreads each window over the hours it covers as the JS aoristic matrix does', async () => {
    const { filters } = await resolveFilters(db, { from: '2025-01-01', to: '2025-07-31' });
    const m = await trendMatrix(db, filters, 'Europe/London');
    const expected = aoristicFromRecords(LOCAL).cells.flat();
    expect(m.cells).toHaveLength(168);
    m.cells.forEach((w, i) => expect(w).toBeCloseTo(expected[i] ?? 0, 12));
    expect(m).toMatchObject({ records: 6, windowed: 5, month_only: 0, day_only: 1, invalid: 1 });
  });

  it('gives the hand-worked shares of single records', async () => {
    const { filters } = await resolveFilters(db, { from: '2025-01-01', to: '2025-07-31' });
    const m = await trendMatrix(db, filters, 'Europe/London');
    const twoWeeks = 1 / 168;
    // Window 2: a week and 90 minutes; Sunday 23:30 to Monday 01:00 is met twice, 60 + 30 and 60 + 60 minutes.
    const week = 7 * 24 * 60 + 90;
    expect(m.cells[SUN + 23]).toBeCloseTo(45 / 90 + (60 + 30) / week + twoWeeks, 12);
    expect(m.cells[MON + 0]).toBeCloseTo(45 / 90 + (60 + 60) / week + twoWeeks, 12);
    // Wednesday 10:10-10:40 and the moment at 14:59, one each, besides the weeks-long windows.
    expect(m.cells[2 * 24 + 10]).toBeCloseTo(1 + 60 / week + twoWeeks, 12);
    expect(m.cells[2 * 24 + 14]).toBeCloseTo(1 + 60 / week + twoWeeks, 12);
    // 09:30 UTC on Tuesday 1 July is 10:30 in London.
    expect(m.cells[24 + 10]).toBeCloseTo(1 + 60 / week + twoWeeks, 12);
    expect(m.cells.reduce((a, b) => a + b, 0)).toBeCloseTo(6, 10);
  });

  it('refuses a time zone offset from UTC by part of an hour rather than misplace records', async () => {
    const { filters } = await resolveFilters(db, { from: '2025-01-01', to: '2025-07-31' });
    await expect(trendMatrix(db, filters, 'Asia/Kolkata')).rejects.toThrow(/whole hours/);
    const m = await trendMatrix(db, filters, 'America/New_York');
    // 09:30 UTC on Tuesday 1 July is 05:30 in New York (summer time, UTC-4).
    expect(m.cells[24 + 5]).toBeCloseTo(1 + 60 / (7 * 24 * 60 + 90) + 1 / 168, 12);
  });

  it('answers zeros and no records for an empty period', async () => {
    const { filters } = await resolveFilters(db, { from: '2024-01-01', to: '2024-01-31' });
    const m = await trendMatrix(db, filters, 'Europe/London');
    expect(m.cells).toEqual(Array<number>(168).fill(0));
    expect(m.records).toBe(0);
  });
});
