import { describe, expect, it } from 'vitest';
import { tallyWindows, type WindowCount } from '../../server/analytics/trends/window-tally.ts';

const row = (
  kind: WindowCount['kind'],
  n: number,
  start: number | null = null,
  duration: number | null = null,
) => ({
  kind,
  start_minute: start,
  duration_minutes: duration,
  n,
});

describe('tallyWindows', () => {
  it('spreads windows and exact times over the week and counts the rest apart', () => {
    const tally = tallyWindows([
      row('moment', 3, 0, 0), // Monday 00:00, three exact times
      row('window', 2, 24 * 60 + 60, 120), // Tuesday 01:00-03:00: half in 01h, half in 02h
      row('month_only', 4),
      row('day_only', 5),
      row('invalid', 1),
    ]);
    expect(tally.cells[0]?.[0]).toBe(3);
    expect(tally.cells[1]?.[1]).toBe(1);
    expect(tally.cells[1]?.[2]).toBe(1);
    expect(tally.cells.flat().reduce((s, v) => s + v, 0)).toBe(5);
    expect(tally.records).toBe(5);
    expect(tally.windowed).toBe(2);
    expect(tally.leftOut).toEqual({ monthOnly: 4, dayOnly: 5, invalid: 1 });
  });

  it('gives an empty week when every record is left out', () => {
    const tally = tallyWindows([row('month_only', 2)]);
    expect(tally.records).toBe(0);
    expect(tally.cells.flat().every((v) => v === 0)).toBe(true);
    expect(tally.leftOut.monthOnly).toBe(2);
  });
});
