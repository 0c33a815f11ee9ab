import { describe, expect, it } from 'vitest';
import { toFixedNumber, toPrecision4 } from '../../server/services/hotspots/rounding.ts';

// A fixed-seed generator, so a failure can be replayed.
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
}

/** Values of every kind an answer rounds: p-values down to 1e-300, z-scores, densities, halves and powers of ten. */
function samples(n: number): number[] {
  const rnd = lcg(20_261_122);
  const out = [0, -0, 1, -1, 0.5, 1000, 9999.5, 0.03125, -0.03125, 1.00005, -2.5e-5, 1e-20, 1e-19, 5e22, NaN];
  out.push(Infinity, -Infinity, 0.1 + 0.2, 123.45675, 0.00012345, 99.995, 9.9995, 0.99995, 1e21, 2 ** -1074);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.3) out.push(rnd() ** 6);
    else if (r < 0.5) out.push((rnd() - 0.5) * 80);
    else if (r < 0.6) out.push(10 ** (rnd() * 600 - 300));
    else if (r < 0.8) out.push(Math.round((rnd() - 0.5) * 2e6) / 2e4 + 5e-5);
    else out.push(Math.round(rnd() * 1e7) / 1e5);
  }
  return out;
}

describe('rounding without strings', () => {
  const values = samples(300_000);
  it('gives the same double as Number(x.toFixed(d)) for d = 4 and 6', () => {
    for (const d of [4, 6]) {
      const bad = values.filter((x) => !Object.is(toFixedNumber(x, d), Number(x.toFixed(d))));
      expect(bad).toEqual([]);
    }
  });

  it('gives the same double as Number(x.toPrecision(4))', () => {
    const bad = values.filter((x) => !Object.is(toPrecision4(x), Number(x.toPrecision(4))));
    expect(bad).toEqual([]);
  });
});
