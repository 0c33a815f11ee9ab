import { describe, expect, it } from 'vitest';
import { changeVerdict } from '../../server/analytics/trends/change-verdict.ts';
import { changeOf } from '../../server/services/board/board-cells.ts';

const quarter = (id: string, from: string, to: string) => ({ id, label: id, from, to });
// Q3 against Q3 (92 days each), and Q1 2024 (91 days, a leap year) against Q1 2023 (90 days).
const SAME = {
  quarter: quarter('2026-Q3', '2026-07-01', '2026-09-30'),
  comparison: quarter('2025-Q3', '2025-07-01', '2025-09-30'),
};
const LEAP = {
  quarter: quarter('2024-Q1', '2024-01-01', '2024-03-31'),
  comparison: quarter('2023-Q1', '2023-01-01', '2023-03-31'),
};

describe("the board's change cell (areas and exceptions)", () => {
  it('says what changeVerdict says, word for word, with the same percentage and p-value', () => {
    let seed = 2024;
    const next = (below: number) => (seed = (seed * 16807) % 2147483647) % below;
    const pairs: [number, number][] = [
      [0, 0],
      [0, 4],
      [9, 0],
      [120, 120],
      [7316, 4733],
      [964, 565],
      [40, 52],
    ];
    for (let i = 0; i < 150; i++) {
      const scale = [10, 200, 3000][i % 3] as number;
      const a = next(scale);
      pairs.push([a, Math.max(0, a + next(Math.ceil(scale / 4)) - Math.ceil(scale / 8))]);
    }
    for (const periods of [SAME, LEAP]) {
      const days = periods === SAME ? [92, 92] : [91, 90];
      for (const [a, b] of pairs) {
        const v = changeVerdict(
          { count: a, exposure: days[0] as number },
          { count: b, exposure: days[1] as number },
        );
        expect(changeOf(a, b, periods, false), `${a} against ${b} over ${days.join(' and ')} days`).toEqual({
          verdict: v.verdict,
          explanation: v.explanation,
          percent: v.percent,
          pTwoSided: v.eTest.pTwoSided,
          p: v.eTest.pTwoSided,
        });
      }
    }
  });

  it('leaves out the p-value and percentage of a hidden count, keeping the verdict', () => {
    const shown = changeOf(3, 30, SAME, false);
    const hidden = changeOf(3, 30, SAME, true);
    expect(shown.verdict).toBe('down');
    expect(hidden).toMatchObject({ verdict: 'down', percent: null, pTwoSided: null });
    expect(hidden.explanation).toBe('Down: a fall more than chance would explain (Poisson E-test).');
    // By hand: 3 against 30 in equal quarters is a 90% fall.
    expect(shown.percent).toBeCloseTo(-90, 10);
  });
});
