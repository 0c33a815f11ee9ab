/** A count of events over an exposure: the length of the period (days, months) or the residents at risk. */
export interface ExposedCount {
  count: number;
  exposure: number;
}

/** P-values of a test that the current rate equals the previous one, against each alternative. */
export interface RateTestResult {
  /** The current rate is higher. */
  pUp: number;
  /** The current rate is lower. */
  pDown: number;
  /** The rates differ either way. */
  pTwoSided: number;
}

export function checkExposedCount(name: string, { count, exposure }: ExposedCount): void {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`${name} count must be a whole number >= 0: ${count}`);
  if (!(exposure > 0) || !Number.isFinite(exposure))
    throw new RangeError(`${name} exposure must be finite and > 0: ${exposure}`);
}

export const rateOf = ({ count, exposure }: ExposedCount): number => count / exposure;
