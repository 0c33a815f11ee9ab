import { describe, expect, it } from 'vitest';
import { ascending } from '../../server/services/board/service-groups.ts';

const bySort = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('ascending minutes', () => {
  it('orders a few by hand', () => {
    expect([...ascending([30, 5, 5, 1440, 0, 7])]).toEqual([0, 5, 5, 7, 30, 1440]);
    expect([...ascending([])]).toEqual([]);
    expect([...ascending([42])]).toEqual([42]);
    // A resolution logged before receipt gives a negative time: still in order.
    expect([...ascending([3, -2, 0, -2])]).toEqual([-2, -2, 0, 3]);
  });

  it('gives what a comparison sort gives, for close and for widely spread times', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const spread of [10, 5_000, 50_000_000]) {
      for (const n of [1, 2, 100, 20_000]) {
        const xs = Array.from({ length: n }, () => Math.floor(rand() * spread) - (spread > 100 ? 60 : 0));
        expect([...ascending(xs)], `${n} times over ${spread}`).toEqual(bySort(xs));
      }
    }
  });
});
