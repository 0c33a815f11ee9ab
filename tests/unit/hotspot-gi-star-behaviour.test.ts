import { describe, expect, it } from 'vitest';
import { anscombe } from '../../server/analytics/hotspot/anscombe.ts';
import { giStarGrid } from '../../server/analytics/hotspot/gi-star-grid.ts';
import type { ValueGrid } from '../../server/analytics/hotspot/grid.ts';
import { poissonGrid } from '../fixtures/hotspot/hotspot-kit.ts';

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);
const flaggedAt95 = (g: ValueGrid) => [...giStarGrid(g).pAdjusted].filter((p) => p < 0.05).length;

// Under a global null every flag is false, so a grid's false discovery proportion is 1 if anything is
// flagged and 0 otherwise: the mean FDP over grids is the share of grids with any flag, which BH at 5%
// keeps at or under 0.05 when the p-values are valid. Over 50 seeds that share has a standard
// deviation near 0.03, so we assert at most 5 of 50 (0.10). The seeds are fixed, so a pass or fail
// is repeatable: it fails if the z-scores or the FDR step are wrong (raw p < 0.05 flags about 45
// cells per grid), or if the normal approximation breaks down, as it does for sparse raw counts.
describe('Gi* with BH at 95% on uniform Poisson noise (50 seeded 30 x 30 grids)', () => {
  it('flags a cell in at most 5 of 50 grids for counts with mean 10 (observed 2)', () => {
    const grids = SEEDS.filter((seed) => flaggedAt95(poissonGrid(30, 30, seed, () => 10)) > 0);
    expect(grids.length).toBeLessThanOrEqual(5);
  });

  it('flags a cell in at most 5 of 50 grids for sparse counts (mean 1) after the Anscombe transform (observed 1)', () => {
    const grids = SEEDS.filter((seed) => {
      const g = poissonGrid(30, 30, seed, () => 1);
      return flaggedAt95({ ...g, counts: anscombe(g.counts) }) > 0;
    });
    expect(grids.length).toBeLessThanOrEqual(5);
  });

  it('over-flags hot cells on sparse raw counts (mean 1), which is why the transform is advised', () => {
    const grids = SEEDS.filter((seed) => flaggedAt95(poissonGrid(30, 30, seed, () => 1)) > 0);
    expect(grids.length).toBeGreaterThan(5);
  });

  it('keeps the mean false discovery proportion under 5% with a planted block among nulls', () => {
    // Block cells have mean 20 on a background of 10; cells whose 3 x 3 band touches the block are
    // truly hot under Gi*, the rest are nulls.
    const block = (c: number, r: number) => c >= 13 && c <= 16 && r >= 13 && r <= 16;
    const nearBlock = (c: number, r: number) => c >= 12 && c <= 17 && r >= 12 && r <= 17;
    let fdpSum = 0;
    let blockHits = 0;
    for (const seed of SEEDS) {
      const { pAdjusted } = giStarGrid(poissonGrid(30, 30, 500 + seed, (c, r) => (block(c, r) ? 20 : 10)));
      let [flags, falseFlags] = [0, 0];
      pAdjusted.forEach((p, k) => {
        if (!(p < 0.05)) return;
        const [c, r] = [k % 30, Math.floor(k / 30)];
        flags += 1;
        if (!nearBlock(c, r)) falseFlags += 1;
        if (block(c, r)) blockHits += 1;
      });
      fdpSum += flags > 0 ? falseFlags / flags : 0;
    }
    expect(fdpSum / SEEDS.length).toBeLessThanOrEqual(0.05); // observed 0.014
    expect(blockHits / (16 * SEEDS.length)).toBeGreaterThan(0.5); // observed 0.88
  });
});

describe('Gi* on planted patterns', () => {
  it('flags the centre of a strong planted block hot at 99%', () => {
    const g = poissonGrid(30, 30, 11, (c, r) => (Math.abs(c - 10) <= 1 && Math.abs(r - 20) <= 1 ? 15 : 3));
    const { classes } = giStarGrid(g);
    expect(classes[20 * 30 + 10]).toBe('hot_99');
  });

  it('flags the centre of a planted hole of zeros cold at 99%', () => {
    const hole = (c: number, r: number) => Math.abs(c - 15) <= 2 && Math.abs(r - 15) <= 2;
    const g = poissonGrid(30, 30, 12, (c, r) => (hole(c, r) ? 0 : 20));
    const { classes, z } = giStarGrid(g);
    expect(classes[15 * 30 + 15]).toBe('cold_99');
    expect(z[15 * 30 + 15]).toBeLessThan(-5);
  });

  it('leaves a constant surface unflagged with z = 0', () => {
    const g = poissonGrid(5, 5, 1, () => 0);
    const { z, classes } = giStarGrid({ ...g, counts: g.counts.map(() => 4) });
    expect([...z].every((v) => v === 0)).toBe(true);
    expect(classes.every((c) => c === 'not_significant')).toBe(true);
  });
});
