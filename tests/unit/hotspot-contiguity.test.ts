import { describe, expect, it } from 'vitest';
import { contiguity, type AreaRings } from '../../server/analytics/hotspot/contiguity.ts';

const square = (x: number, y: number, size = 100): AreaRings => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('polygon contiguity by shared vertices', () => {
  const block = [square(0, 0), square(100, 0), square(0, 100), square(100, 100), square(300, 0)];

  it('links corner-touching squares under queen but not rook, and isolates a detached one', () => {
    expect(contiguity(block)).toEqual([[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2], []]);
    expect(contiguity(block, { rule: 'rook' })).toEqual([[1, 2], [0, 3], [0, 3], [1, 2], []]);
  });

  it('matches vertices within the tolerance, even either side of a rounding boundary, and not beyond it', () => {
    // Shared corners 2e-5 m apart (rounding to 0.1 m would split 0.09999 from 0.10001) match; 0.5 m apart do not.
    const a = square(0, 0);
    const nudged = (d: number): AreaRings => [
      [
        [100 + d, 0.09999],
        [200, 0],
        [200, 100],
        [100 + d, 100.10001],
        [100 + d, 0.09999],
      ],
    ];
    const a2: AreaRings = [
      [
        [0, 0],
        [100, 0.10001],
        [100, 100.09999],
        [0, 100],
        [0, 0],
      ],
    ];
    expect(contiguity([a2, nudged(0)], { rule: 'rook' })).toEqual([[1], [0]]);
    expect(contiguity([a, nudged(0.5)])).toEqual([[], []]);
  });

  it('refuses a tolerance that is not positive', () => {
    expect(() => contiguity(block, { tolerance: 0 })).toThrow(RangeError);
  });
});
