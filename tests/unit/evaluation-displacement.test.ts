import { describe, expect, it } from 'vitest';
import {
  totalNetEffect,
  weightedDisplacementQuotient,
  type ZoneCounts,
} from '../../server/analytics/evaluation/displacement.ts';
import { relativeChange } from '../../server/analytics/evaluation/relative-change.ts';

const zones = (r: [number, number], d: [number, number], c: [number, number]): ZoneCounts => ({
  target: { before: r[0], after: r[1] },
  buffer: { before: d[0], after: d[1] },
  control: { before: c[0], after: c[1] },
});

describe('Weighted Displacement Quotient and Total Net Effect', () => {
  it('measures displacement smaller than the gain (-1 < WDQ < 0)', () => {
    // R 400 -> 240, D 400 -> 480, C 2000 -> 2000.
    // WDQ = (480/2000 - 400/2000) / (240/2000 - 400/2000) = (0.24 - 0.20) / (0.12 - 0.20) = 0.04 / -0.08 = -0.5
    // TNE = (400 x 1 - 240) + (400 x 1 - 480) = 160 - 80 = 80 prevented
    const c = zones([400, 240], [400, 480], [2000, 2000]);
    expect(weightedDisplacementQuotient(c)).toBeCloseTo(-0.5, 12);
    expect(totalNetEffect(c)).toBeCloseTo(80, 12);
  });

  it('measures displacement larger than the gain (WDQ < -1) with a negative net effect', () => {
    // R 200 -> 120, D 400 -> 500, C 2000 -> 2000.
    // WDQ = (0.25 - 0.20) / (0.06 - 0.10) = 0.05 / -0.04 = -1.25
    // TNE = (200 - 120) + (400 - 500) = 80 - 100 = -20: more contacts than before, counting the buffer
    const c = zones([200, 120], [400, 500], [2000, 2000]);
    expect(weightedDisplacementQuotient(c)).toBeCloseTo(-1.25, 12);
    expect(totalNetEffect(c)).toBeCloseTo(-20, 12);
  });

  it('measures diffusion of benefit (WDQ > 0) and adds the buffer gain to the net effect', () => {
    // R 400 -> 240, D 400 -> 360, C 2000 -> 2000.
    // WDQ = (0.18 - 0.20) / (0.12 - 0.20) = -0.02 / -0.08 = 0.25;  TNE = 160 + 40 = 200
    const c = zones([400, 240], [400, 360], [2000, 2000]);
    expect(weightedDisplacementQuotient(c)).toBeCloseTo(0.25, 12);
    expect(totalNetEffect(c)).toBeCloseTo(200, 12);
  });

  it('weighs both zones against a control that grew', () => {
    // R 200 -> 120, D 100 -> 110, C 1000 -> 1200 (the control trend Ca/Cb = 1.2).
    // WDQ = (110/1200 - 100/1000) / (120/1200 - 200/1000) = (0.091667 - 0.1) / (0.1 - 0.2) = 0.083333
    // TNE = (200 x 1.2 - 120) + (100 x 1.2 - 110) = 120 + 10 = 130
    const c = zones([200, 120], [100, 110], [1000, 1200]);
    expect(weightedDisplacementQuotient(c)).toBeCloseTo(1 / 12, 6);
    expect(totalNetEffect(c)).toBeCloseTo(130, 12);
  });

  it('leaves WDQ undefined when the target did not change against the control', () => {
    // R 100 -> 100, C 1000 -> 1000: Ra/Ca - Rb/Cb = 0.1 - 0.1 = 0, no gain to weigh the buffer by.
    // TNE = (100 - 100) + (50 - 80) = -30
    const c = zones([100, 100], [50, 80], [1000, 1000]);
    expect(weightedDisplacementQuotient(c)).toBeNull();
    expect(totalNetEffect(c)).toBeCloseTo(-30, 12);
  });

  it('gives neither measure when the control had no contacts before', () => {
    const c = zones([10, 5], [10, 10], [0, 20]);
    expect(weightedDisplacementQuotient(c)).toBeNull();
    expect(totalNetEffect(c)).toBeNull();
  });
});

describe('the odds-ratio test against the control (Farrington and Welsh)', () => {
  it('finds a significant relative fall in the target', () => {
    // Rb 200, Ra 120, Cb 2000, Ca 2000: OR = 200 x 2000 / (120 x 2000) = 1.666667
    // var ln OR = 1/200 + 1/120 + 1/2000 + 1/2000 = 0.005 + 0.008333 + 0.001 = 0.014333, se = 0.119722
    // z = ln 1.666667 / se = 0.510826 / 0.119722 = 4.26677; p = erfc(4.26677 / sqrt 2) = 1.983e-5
    // 95% CI exp(0.510826 -/+ 1.959964 x 0.119722) = 1.31808 to 2.10744
    const t = relativeChange({ before: 200, after: 120 }, { before: 2000, after: 2000 });
    expect(t.oddsRatio).toBeCloseTo(1.666667, 5);
    expect(t.z).toBeCloseTo(4.26677, 4);
    expect(t.p).toBeCloseTo(1.9832e-5, 8);
    expect(t.low).toBeCloseTo(1.31808, 4);
    expect(t.high).toBeCloseTo(2.10744, 4);
    expect(t.significant).toBe(true);
  });

  it('finds a significant relative rise in a buffer (odds ratio below 1)', () => {
    // Db 400, Da 500, C 2000 -> 2000: OR = 0.8, var = 1/400 + 1/500 + 2/2000 = 0.0055, se = 0.074162
    // z = ln 0.8 / se = -0.223144 / 0.074162 = -3.00887; p = 0.0026222; CI 0.69177 to 0.92516
    const t = relativeChange({ before: 400, after: 500 }, { before: 2000, after: 2000 });
    expect(t.oddsRatio).toBeCloseTo(0.8, 12);
    expect(t.z).toBeCloseTo(-3.00887, 4);
    expect(t.p).toBeCloseTo(0.0026222, 6);
    expect(t.low).toBeCloseTo(0.69177, 4);
    expect(t.high).toBeCloseTo(0.92516, 4);
    expect(t.significant).toBe(true);
  });

  it('calls a fall of 10% against the control on these counts chance', () => {
    // Db 400, Da 360, C 2000 -> 2000: OR = 1.111111, var = 1/400 + 1/360 + 0.001 = 0.0062778, se = 0.079232
    // z = 0.105361 / 0.079232 = 1.32977; p = 0.1836
    const t = relativeChange({ before: 400, after: 360 }, { before: 2000, after: 2000 });
    expect(t.z).toBeCloseTo(1.32977, 4);
    expect(t.p).toBeCloseTo(0.1836, 4);
    expect(t.significant).toBe(false);
  });

  it('gives OR 1, z 0 and p 1 when the zone moved with the control', () => {
    const t = relativeChange({ before: 100, after: 100 }, { before: 1000, after: 1000 });
    expect(t).toMatchObject({ oddsRatio: 1, z: 0, significant: false });
    expect(t.p).toBeCloseTo(1, 12);
  });

  it('does not make the test when any count is zero, rather than invent a number', () => {
    for (const [zone, control] of [
      [
        { before: 10, after: 0 },
        { before: 100, after: 100 },
      ],
      [
        { before: 0, after: 10 },
        { before: 100, after: 100 },
      ],
      [
        { before: 10, after: 5 },
        { before: 100, after: 0 },
      ],
    ] as const)
      expect(relativeChange(zone, control)).toEqual({
        oddsRatio: null,
        low: null,
        high: null,
        z: null,
        p: null,
        significant: false,
      });
  });
});
