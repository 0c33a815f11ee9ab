import { describe, expect, it } from 'vitest';
import { priorityOf, priorityWindows } from '../../server/analytics/tasking/priority.ts';

describe('priorityOf', () => {
  it('weights a rising problem by harm and trend and adds five per vulnerable repeat caller', () => {
    // 4 intimidation (harm 3) + 5 noise (1.5): volume 9, harm 19.5, mean 19.5 / 9;
    // 9 against 4 before: z = 2(3 - 2) = 2, so x (1 + 2/2) = 2; 19.5 x 2 + 5 x 1 = 44.
    const p = priorityOf(
      {
        current: { intimidation: 4, noise: 5 },
        previousVolume: 4,
        vulnerableRepeatCallers: 1,
        categories: [],
      },
      3,
    );
    expect(p).toMatchObject({
      volume: 9,
      previousVolume: 4,
      trendZ: 2,
      vulnerableRepeatCallers: 1,
      months: 3,
    });
    expect(p.harmWeight).toBeCloseTo(19.5 / 9, 3);
    expect(p.score).toBe(44);
  });

  it('gives a falling trend no extra weight', () => {
    // 16 fly-tipping (harm 1) against 25: z = 2(4 - 5) = -2; 16 x 1 x 1 = 16.
    const p = priorityOf(
      {
        current: { fly_tipping: 16 },
        previousVolume: 25,
        vulnerableRepeatCallers: 0,
        categories: ['fly_tipping'],
      },
      3,
    );
    expect(p).toMatchObject({ volume: 16, trendZ: -2, harmWeight: 1, score: 16 });
  });

  it('takes the harm of the named categories when the place had no contacts', () => {
    // drugs 2.5 and rowdy 2: mean 2.25; 0 against 9: z = -6; only 2 callers x 5 = 10 remain.
    const named = priorityOf(
      { current: {}, previousVolume: 9, vulnerableRepeatCallers: 2, categories: ['drugs', 'rowdy'] },
      3,
    );
    expect(named).toMatchObject({ volume: 0, trendZ: -6, harmWeight: 2.25, score: 10 });
    // Every category: (3 + 2.5 + 2 + 1.5 x 3 + 1 x 3) / 9 = 15 / 9.
    const all = priorityOf({ current: {}, previousVolume: 0, vulnerableRepeatCallers: 0, categories: [] }, 3);
    expect(all.harmWeight).toBeCloseTo(15 / 9, 3);
    expect(all.score).toBe(0);
  });
});

describe('priorityWindows', () => {
  it('ends on the last full month of data', () => {
    expect(priorityWindows('2026-03-31', 3)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      previousFrom: '2025-10-01',
      previousTo: '2025-12-31',
      repeatFrom: '2025-10-01',
    });
    expect(priorityWindows('2026-03-15', 3)).toEqual({
      from: '2025-12-01',
      to: '2026-02-28',
      previousFrom: '2025-09-01',
      previousTo: '2025-11-30',
      repeatFrom: '2025-09-01',
    });
    expect(priorityWindows('2024-02-29', 1)).toMatchObject({
      from: '2024-02-01',
      previousFrom: '2024-01-01',
    });
  });
});
