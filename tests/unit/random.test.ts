import { describe, expect, it } from 'vitest';
import { createRandom, weightedPick, WeightedSampler } from '../../server/generate/random.ts';

describe('seeded randomness', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 5 }, () => r.float());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws indexes in proportion to their weights and never a zero weight', () => {
    const r = createRandom(1);
    const sampler = new WeightedSampler([1, 0, 3]);
    const draws = Array.from({ length: 40_000 }, () => sampler.sample(r));
    const [first = 0, zero = 0, third = 0] = [0, 1, 2].map((k) => draws.filter((d) => d === k).length);
    expect(zero).toBe(0);
    // Expected 10,000 and 30,000; sd about 87, so 500 is over 5 sd.
    expect(Math.abs(first - 10_000)).toBeLessThan(500);
    expect(Math.abs(third - 30_000)).toBeLessThan(500);
  });

  it('picks keys of a weight table, skipping zero weights', () => {
    const r = createRandom(2);
    const picks = new Set(Array.from({ length: 1_000 }, () => weightedPick({ a: 1, b: 0, c: 1 }, r)));
    expect([...picks].sort()).toEqual(['a', 'c']);
  });

  it('gives forked streams their own sequences', () => {
    const r = createRandom(3);
    const a = r.fork();
    const b = r.fork();
    expect(a.float()).not.toBe(b.float());
  });
});
