import { describe, expect, it } from 'vitest';
import { seasonalYears } from '../../server/analytics/trends/seasonal.ts';

const series = (from: number, months: number, startYear: number) =>
  Array.from({ length: months }, (_, i) => {
    const m = from - 1 + i;
    const month = `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    return { month, value: i + 1 };
  });

describe('seasonalYears', () => {
  it('lays Nov 2023 to Feb 2025 out as three Jan-Dec years with gaps as null', () => {
    const { months, years } = seasonalYears(series(11, 16, 2023));
    expect(months).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(years).toEqual([
      { year: 2023, label: '2023', values: [...Array(10).fill(null), 1, 2] },
      { year: 2024, label: '2024', values: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] },
      { year: 2025, label: '2025', values: [15, 16, ...Array(10).fill(null)] },
    ]);
  });

  it('starts years in April for financial years, March falling in the year before', () => {
    const { months, years } = seasonalYears(
      [
        { month: '2025-03', value: 7 },
        { month: '2024-04', value: 1 },
        { month: '2025-04', value: 9 },
      ],
      4,
    );
    expect(months[0]).toBe('Apr');
    expect(months[11]).toBe('Mar');
    expect(years.map((y) => [y.label, y.values[0], y.values[11]])).toEqual([
      ['2024/25', 1, 7],
      ['2025/26', 9, null],
    ]);
  });

  it('refuses a month given twice or written otherwise than YYYY-MM', () => {
    expect(() =>
      seasonalYears([
        { month: '2024-01', value: 1 },
        { month: '2024-01', value: 2 },
      ]),
    ).toThrow(/twice/);
    expect(() => seasonalYears([{ month: '2024-1', value: 1 }])).toThrow(RangeError);
    expect(() => seasonalYears([], 13)).toThrow(RangeError);
  });
});
