import { describe, expect, it } from 'vitest';
import { addMonths, monthEnd, monthsBetween, yearEarlier } from '../../server/analytics/months.ts';
import { resolvePeriod } from '../../server/analytics/period.ts';

describe('calendar months', () => {
  it('moves by months across year ends', () => {
    expect(addMonths('2026-10-31', -11)).toBe('2025-11-01');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-01');
    expect(addMonths('2025-01-31', -1)).toBe('2024-12-01');
    expect(monthsBetween('2023-05-01', '2026-10-31')).toBe(41);
  });

  it('finds month ends, leap years included', () => {
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2025-02-10')).toBe('2025-02-28');
    expect(monthEnd('2025-12-01')).toBe('2025-12-31');
  });

  it('keeps a month end a month end a year earlier', () => {
    expect(yearEarlier('2025-02-28')).toBe('2024-02-29');
    expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
    expect(yearEarlier('2025-03-15')).toBe('2024-03-15');
    expect(yearEarlier('2026-10-31')).toBe('2025-10-31');
  });
});

describe('resolvePeriod', () => {
  it('defaults to the twelve months ending with the latest month of data', () => {
    expect(resolvePeriod({}, '2026-10-17', '2026-11-22')).toEqual({
      ok: true,
      from: '2025-11-01',
      to: '2026-10-31',
    });
  });

  it('keeps what was asked and fills only the rest', () => {
    expect(resolvePeriod({ to: '2025-06-30' }, '2026-10-17', '2026-11-22')).toEqual({
      ok: true,
      from: '2024-07-01',
      to: '2025-06-30',
    });
    expect(resolvePeriod({ from: '2026-01-01' }, '2026-10-17', '2026-11-22')).toEqual({
      ok: true,
      from: '2026-01-01',
      to: '2026-10-31',
    });
  });

  it('uses the last complete month before today when there is no data', () => {
    expect(resolvePeriod({}, null, '2026-11-22')).toEqual({ ok: true, from: '2025-11-01', to: '2026-10-31' });
  });

  it('refuses a from after the default to', () => {
    const outcome = resolvePeriod({ from: '2027-01-01' }, '2026-10-17', '2026-11-22');
    expect(outcome.ok).toBe(false);
  });
});
