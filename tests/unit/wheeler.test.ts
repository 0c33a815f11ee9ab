import { describe, expect, it } from 'vitest';
import { changeBetween, wheelerZ } from '../../server/analytics/wheeler.ts';

describe("Wheeler's z", () => {
  it('calls 16 to 25 (+56%) no real change: z = 2(5 - 4) = 2', () => {
    expect(wheelerZ(25, 16)).toBe(2);
    expect(changeBetween(25, 16)).toEqual({
      current: 25,
      previous: 16,
      percent: 56.25,
      wheelerZ: 2,
      verdict: 'no_real_change',
    });
  });

  it('calls 100 to 144 up (z = 4) and 144 to 100 down (z = -4)', () => {
    expect(changeBetween(144, 100)).toMatchObject({ wheelerZ: 4, verdict: 'up' });
    expect(changeBetween(100, 144)).toMatchObject({ wheelerZ: -4, verdict: 'down' });
  });

  it('counts |z| = 3 exactly as a real change', () => {
    // 2(sqrt(6.25) - sqrt(1)) = 2(2.5 - 1) = 3
    expect(changeBetween(6.25, 1).verdict).toBe('up');
    expect(changeBetween(1, 6.25).verdict).toBe('down');
    expect(changeBetween(6, 1).verdict).toBe('no_real_change');
  });

  it('gives no percentage when there was nothing before', () => {
    expect(changeBetween(9, 0)).toEqual({
      current: 9,
      previous: 0,
      percent: null,
      wheelerZ: 6,
      verdict: 'up',
    });
    expect(changeBetween(0, 0)).toMatchObject({ percent: null, wheelerZ: 0, verdict: 'no_real_change' });
  });
});
