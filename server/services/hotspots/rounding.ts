// Number(x.toPrecision(4)) and Number(x.toFixed(d)) go through a string: on a 4,000-cell Gi* answer that
// was about 2 ms. These scale by an exact power of ten and round in arithmetic, which gives the same
// double whenever the scaled value is not within 1e-9 of a half (its rounding error is under 1e-11);
// there, and outside the exact powers of ten, they take the string route.

const TIE = 1e-9;
// 10^0 to 10^22, each exact: a look-up is several times quicker than computing the power per value.
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const nearHalf = (y: number) => Math.abs(y - Math.floor(y) - 0.5) < TIE;

/** Number(x.toFixed(digits)) for digits 0-15. */
export function toFixedNumber(x: number, digits: number): number {
  if (x === 0) return 0;
  const scale = POW10[digits] ?? 10 ** digits;
  const y = x * scale;
  if (!Number.isFinite(y) || Math.abs(y) >= 2 ** 52 || nearHalf(y)) return Number(x.toFixed(digits));
  return Math.round(y) / scale;
}

/** Number(x.toPrecision(4)): four significant digits. */
export function toPrecision4(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Number(x.toPrecision(4));
  const e = Math.floor(Math.log10(Math.abs(x)));
  // 10^k is exact for k up to 22: scale up by it, or scale down by multiplying its inverse's integer.
  if (e < -19 || e > 22) return Number(x.toPrecision(4));
  const up = e <= 3;
  const scale = POW10[up ? 3 - e : e - 3] as number;
  const y = up ? x * scale : x / scale;
  const a = Math.abs(y);
  if (a < 999.5 || a >= 9999.5 || nearHalf(a)) return Number(x.toPrecision(4));
  return up ? Math.round(y) / scale : Math.round(y) * scale;
}
