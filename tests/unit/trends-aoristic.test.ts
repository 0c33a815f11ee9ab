import { describe, expect, it } from 'vitest';
import { aoristicMatrix } from '../../server/analytics/trends/aoristic-matrix.ts';
import { aoristicFromRecords, recordWindow } from '../../server/analytics/trends/aoristic-records.ts';
import { aoristicWeights, MINUTES_PER_WEEK } from '../../server/analytics/trends/aoristic.ts';

const cell = (weekday: number, hour: number) => weekday * 24 + hour;
const MON = 0;
const FRI = 4;
const SAT = 5;
const SUN = 6;
const sum = (ws: { weight: number }[]) => ws.reduce((s, w) => s + w.weight, 0);

// 2024-03-01 was a Friday, 2024-03-04 a Monday.
const weightsOf = (from: string, to: string | null) => {
  const w = recordWindow({ from, to });
  if (typeof w === 'string') throw new Error(w);
  return aoristicWeights(w.startMinuteOfWeek, w.durationMinutes);
};

describe('aoristicWeights', () => {
  it('spreads Fri 22:30 to Sat 01:30 as 1/6, 1/3, 1/3, 1/6 over four hours', () => {
    const w = weightsOf('2024-03-01T22:30', '2024-03-02T01:30');
    expect(w.map((c) => c.cell)).toEqual([cell(FRI, 22), cell(FRI, 23), cell(SAT, 0), cell(SAT, 1)]);
    [1 / 6, 1 / 3, 1 / 3, 1 / 6].forEach((share, i) => expect(w[i]?.weight).toBeCloseTo(share, 14));
  });

  it('puts a window inside one hour wholly in that hour', () => {
    expect(weightsOf('2024-03-04 10:10:00', '2024-03-04 10:40:00')).toEqual([
      { cell: cell(MON, 10), weight: 1 },
    ]);
  });

  it('treats a zero-length window, or no end, as a known moment', () => {
    expect(weightsOf('2024-03-02T13:59', '2024-03-02T13:59')).toEqual([{ cell: cell(SAT, 13), weight: 1 }]);
    expect(weightsOf('2024-03-02T14:00', null)).toEqual([{ cell: cell(SAT, 14), weight: 1 }]);
  });

  it('wraps from Sunday night into Monday morning', () => {
    expect(weightsOf('2024-03-03T23:00', '2024-03-04T01:00')).toEqual([
      { cell: cell(MON, 0), weight: 0.5 },
      { cell: cell(SUN, 23), weight: 0.5 },
    ]);
  });

  it('spreads exactly one week evenly even when it starts mid-hour', () => {
    const w = aoristicWeights(630, MINUTES_PER_WEEK);
    expect(w).toHaveLength(168);
    for (const c of w) expect(c.weight).toBeCloseTo(1 / 168, 15);
  });

  it('spreads eight days from Monday 00:00 with Monday hours counted twice', () => {
    const w = weightsOf('2024-03-04T00:00', '2024-03-12T00:00');
    expect(w).toHaveLength(168);
    for (const c of w) expect(c.weight).toBeCloseTo(c.cell < 24 ? 2 / 192 : 1 / 192, 15);
  });

  it('gives weights summing to 1 for many windows of every kind', () => {
    for (let i = 0; i < 2000; i++) {
      const start = (i * 7919.37) % MINUTES_PER_WEEK;
      const duration = [0, 0.5, 17, 59.9, 60, 61, 1439, 10079, 10080, 10081, 50000][i % 11] ?? 0;
      expect(sum(aoristicWeights(start, duration))).toBeCloseTo(1, 12);
    }
  });

  it('refuses a start outside the week or a negative duration', () => {
    expect(() => aoristicWeights(MINUTES_PER_WEEK, 10)).toThrow(RangeError);
    expect(() => aoristicWeights(-1, 10)).toThrow(RangeError);
    expect(() => aoristicWeights(0, -5)).toThrow(RangeError);
  });
});

describe('aoristicFromRecords', () => {
  it('builds the 7 x 24 matrix, counting month-only and unreadable records apart', () => {
    const m = aoristicFromRecords([
      { from: '2024-03-01T22:30', to: '2024-03-02T01:30' },
      { from: '2024-03-08T23:00', to: '2024-03-08T23:45' },
      { from: null, to: null },
      { from: '2024-03-02T05:00', to: '2024-03-02T04:00' },
      { from: '2024-02-30T05:00', to: null },
      { from: '2024-03-02T05:00Z', to: null },
    ]);
    expect(m).toMatchObject({ records: 2, monthOnly: 1, invalid: 3 });
    expect(m.cells).toHaveLength(7);
    expect(m.cells.every((day) => day.length === 24)).toBe(true);
    expect(m.cells[FRI]?.[22]).toBeCloseTo(1 / 6, 14);
    expect(m.cells[FRI]?.[23]).toBeCloseTo(1 / 3 + 1, 14);
    expect(m.cells[SAT]?.[1]).toBeCloseTo(1 / 6, 14);
    expect(m.cells.flat().reduce((s, v) => s + v, 0)).toBeCloseTo(2, 12);
  });
});

describe('aoristicMatrix (pre-aggregated windows)', () => {
  it('weights each group by its count, matching the records one by one', () => {
    const records = Array.from({ length: 5 }, () => ({ from: '2024-03-01T22:30', to: '2024-03-02T01:30' }));
    const one = recordWindow(records[0] ?? { from: null });
    if (typeof one === 'string') throw new Error(one);
    expect(aoristicMatrix([{ ...one, count: 5 }]).cells).toEqual(aoristicFromRecords(records).cells);
  });

  it('spreads a million records given as 10,080 groups, keeping the total', () => {
    const groups = Array.from({ length: MINUTES_PER_WEEK }, (_, minute) => ({
      startMinuteOfWeek: minute,
      durationMinutes: (minute % 7) * 95,
      count: 100,
    }));
    const m = aoristicMatrix(groups);
    expect(m.records).toBe(1_008_000);
    expect(m.cells.flat().reduce((s, v) => s + v, 0)).toBeCloseTo(1_008_000, 6);
  });
});
