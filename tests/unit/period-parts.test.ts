import { describe, expect, it } from 'vitest';
import { splitPeriod } from '../../server/queries/period-parts.ts';

describe('splitPeriod', () => {
  it('keeps whole months whole', () => {
    expect(splitPeriod('2025-11-01', '2026-10-31')).toEqual({
      months: { first: '2025-11-01', last: '2026-10-01' },
      days: [],
    });
    expect(splitPeriod('2024-02-01', '2024-02-29')).toEqual({
      months: { first: '2024-02-01', last: '2024-02-01' },
      days: [],
    });
  });

  it('sets the odd days at either end apart', () => {
    expect(splitPeriod('2025-11-17', '2026-10-03')).toEqual({
      months: { first: '2025-12-01', last: '2026-09-01' },
      days: [
        { from: '2025-11-17', to: '2025-11-30' },
        { from: '2026-10-01', to: '2026-10-03' },
      ],
    });
    // 2023 is not a leap year: February ends on the 28th.
    expect(splitPeriod('2023-01-31', '2023-02-28')).toEqual({
      months: { first: '2023-02-01', last: '2023-02-01' },
      days: [{ from: '2023-01-31', to: '2023-01-31' }],
    });
    expect(splitPeriod('2025-12-01', '2026-01-30')).toEqual({
      months: { first: '2025-12-01', last: '2025-12-01' },
      days: [{ from: '2026-01-01', to: '2026-01-30' }],
    });
  });

  it('counts a period holding no whole month day by day', () => {
    expect(splitPeriod('2026-02-10', '2026-02-20')).toEqual({
      months: null,
      days: [{ from: '2026-02-10', to: '2026-02-20' }],
    });
    expect(splitPeriod('2026-01-15', '2026-02-14')).toEqual({
      months: null,
      days: [{ from: '2026-01-15', to: '2026-02-14' }],
    });
  });
});
