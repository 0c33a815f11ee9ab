import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../server/generate/alias-table.ts';
import { createRandom } from '../../server/generate/random.ts';
import { normalCdf } from '../../server/generate/truth/build-truth.ts';
import { buildCalendar, pickCategory } from '../../server/generate/world/calendar.ts';
import { DAY_TYPE } from '../../server/generate/world/events.ts';

describe('the alias table', () => {
  it('draws each index in proportion to its weight and never a zero weight', () => {
    const table = new AliasTable([1, 0, 3, 0]);
    const r = createRandom(1);
    const counts = new Int32Array(4);
    for (let i = 0; i < 40_000; i++) {
      const k = table.pick(r.float());
      counts[k] = (counts[k] as number) + 1;
    }
    expect(counts[1]).toBe(0);
    expect(counts[3]).toBe(0);
    // Expected 10,000 and 30,000; sd about 87, so 500 is over 5 sd.
    expect(Math.abs((counts[0] as number) - 10_000)).toBeLessThan(500);
  });

  it('refuses weights that are all zero', () => {
    expect(() => new AliasTable([0, 0])).toThrow(/positive weight/);
  });
});

describe('the calendar', () => {
  const calendar = buildCalendar('2024-01-01', '2024-12-31');
  const day = (iso: string) => Math.round((Date.parse(iso) - Date.UTC(2024, 0, 1)) / 86_400_000);

  it('marks the fireworks nights, New Year and the weekend nights', () => {
    expect(calendar.dayType[day('2024-10-31')]).toBe(DAY_TYPE.fireworks);
    expect(calendar.dayType[day('2024-11-05')]).toBe(DAY_TYPE.fireworks);
    expect(calendar.dayType[day('2024-12-31')]).toBe(DAY_TYPE.newYearsEve);
    expect(calendar.dayType[day('2024-01-01')]).toBe(DAY_TYPE.newYearsDay);
    expect(calendar.dayType[day('2024-03-08')]).toBe(DAY_TYPE.friday);
    expect(calendar.months).toHaveLength(12);
  });

  it('draws every category on every day, the last for the top of the range', () => {
    expect(pickCategory(calendar, 100, 0)).toBe(0);
    expect(pickCategory(calendar, 100, 0.999_999_999)).toBe(7);
  });
});

describe('normalCdf', () => {
  it('matches the standard normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});
