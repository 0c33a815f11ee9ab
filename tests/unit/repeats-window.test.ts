import { describe, expect, it } from 'vitest';
import { groupedConcentrationPoints } from '../../server/analytics/repeats/concentration-points.ts';
import { monthsEarlier, repeatWindows } from '../../server/analytics/repeats/repeat-window.ts';

describe('repeatWindows', () => {
  it('takes 6 months to a month end as whole months, and the 6 before', () => {
    expect(repeatWindows('2025-03-31', { unit: 'month', n: 6 })).toEqual({
      from: '2024-10-01',
      to: '2025-03-31',
      previousFrom: '2024-04-01',
      previousTo: '2024-09-30',
      label: '6 months',
    });
  });

  it('starts the day after the same date n months earlier when the end is mid-month', () => {
    expect(repeatWindows('2025-03-15', { unit: 'month', n: 1 })).toMatchObject({
      from: '2025-02-16',
      previousFrom: '2025-01-16',
      previousTo: '2025-02-15',
      label: '1 month',
    });
  });

  it('counts days with both ends included: 90 days to 31 Mar 2025 start on 1 Jan', () => {
    expect(repeatWindows('2025-03-31', { unit: 'day', n: 90 })).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
      previousFrom: '2024-10-03',
      previousTo: '2024-12-31',
      label: '90 days',
    });
  });

  it('clamps to shorter months and keeps month ends', () => {
    expect(monthsEarlier('2025-05-30', 3)).toBe('2025-02-28');
    expect(monthsEarlier('2024-05-30', 3)).toBe('2024-02-29');
    expect(monthsEarlier('2025-04-30', 2)).toBe('2025-02-28');
    expect(monthsEarlier('2025-02-28', 1)).toBe('2025-01-31');
  });
});

describe('groupedConcentrationPoints', () => {
  it('reads the curve every 1/steps: counts 6, 3, 1 over 4 references (one with none)', () => {
    // Busiest first: 6, 3, 1, 0 of 10. At 25%: 0.6, 50%: 0.9, 75%: 1.0; 12.5% is halfway to 0.6.
    const one = (count: number) => ({ count, places: 1 });
    expect(groupedConcentrationPoints([one(1), one(6), one(0), one(3)], 8)).toEqual([
      { referenceShare: 0, complaintShare: 0 },
      { referenceShare: 0.125, complaintShare: 0.3 },
      { referenceShare: 0.25, complaintShare: 0.6 },
      { referenceShare: 0.375, complaintShare: 0.75 },
      { referenceShare: 0.5, complaintShare: 0.9 },
      { referenceShare: 0.625, complaintShare: 0.95 },
      { referenceShare: 0.75, complaintShare: 1 },
      { referenceShare: 0.875, complaintShare: 1 },
      { referenceShare: 1, complaintShare: 1 },
    ]);
  });

  it('is empty without complaints and has 101 points by default', () => {
    expect(groupedConcentrationPoints([{ count: 0, places: 2 }])).toEqual([]);
    expect(
      groupedConcentrationPoints([
        { count: 2, places: 1 },
        { count: 1, places: 1 },
      ]),
    ).toHaveLength(101);
  });
});
