import { describe, expect, it } from 'vitest';
import type { AreaStat } from '../../server/contract/dashboard.ts';
import {
  colourOf,
  NO_RESIDENTS_PATTERN,
  quantileClasses,
  SEQUENTIAL,
  valueOf,
} from '../../client/src/features/map/choropleth.ts';

const [c0, c1, c2, c3, c4] = SEQUENTIAL;

describe('quantileClasses', () => {
  it('cuts ten values into fifths by nearest rank, lightest to darkest', () => {
    expect(quantileClasses([10, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([
      { low: 1, high: 2, areas: 2, colour: c0 },
      { low: 3, high: 4, areas: 2, colour: c1 },
      { low: 5, high: 6, areas: 2, colour: c2 },
      { low: 7, high: 8, areas: 2, colour: c3 },
      { low: 9, high: 10, areas: 2, colour: c4 },
    ]);
  });

  it('keeps tied values in one class and the palette ends for the fewer classes left', () => {
    // Six zeros fill the first three fifths: 0 | 1 | 5, 7
    expect(quantileClasses([0, 0, 0, 0, 0, 0, 1, 1, 5, 7])).toEqual([
      { low: 0, high: 0, areas: 6, colour: c0 },
      { low: 1, high: 1, areas: 2, colour: c2 },
      { low: 5, high: 7, areas: 2, colour: c4 },
    ]);
  });

  it('gives one middle class when every value is the same, and none for no values', () => {
    expect(quantileClasses([3, 3, 3])).toEqual([{ low: 3, high: 3, areas: 3, colour: c2 }]);
    expect(quantileClasses([])).toEqual([]);
    expect(quantileClasses([Number.NaN])).toEqual([]);
  });

  it('puts every value in exactly one class', () => {
    const values = [0.4, 2.5, 2.5, 3.1, 9.9, 12, 0, 4.4, 7.2, 7.2, 7.2, 1.1, 30];
    const classes = quantileClasses(values);
    expect(classes.reduce((n, c) => n + c.areas, 0)).toBe(values.length);
    for (const [i, c] of classes.entries()) {
      expect(c.low).toBeLessThanOrEqual(c.high);
      if (i > 0) expect(c.low).toBeGreaterThan(classes[i - 1]?.high ?? Infinity);
    }
  });
});

describe('colourOf', () => {
  const classes = quantileClasses([1, 2, 3, 4, 5]);

  it("gives a value its class's colour, the lowest lightest and the highest darkest", () => {
    expect(colourOf(1, classes)).toBe(c0);
    expect(colourOf(3, classes)).toBe(c2);
    expect(colourOf(5, classes)).toBe(c4);
    expect(colourOf(2.5, classes)).toBe(c2);
  });

  it('hatches an area without a value (no residents)', () => {
    expect(colourOf(null, classes)).toBe(`url(#${NO_RESIDENTS_PATTERN})`);
  });
});

describe('valueOf', () => {
  const area: AreaStat = {
    code: 'A',
    name: 'A',
    population: null,
    contacts: 4,
    rate: null,
    rateLow: null,
    rateHigh: null,
    expected: null,
    pValue: null,
    pAdjusted: null,
    versusForce: null,
  };

  it('reads the rate or the count', () => {
    expect(valueOf(area, 'count')).toBe(4);
    expect(valueOf(area, 'rate')).toBeNull();
    expect(valueOf({ ...area, population: 2000, rate: 2 }, 'rate')).toBe(2);
  });
});
