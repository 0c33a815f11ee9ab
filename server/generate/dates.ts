/** UTC calendar helpers for the generator; it keeps its own so it depends on no analytics code. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export const dayMs = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** True for a real calendar day written YYYY-MM-DD. */
export const isIsoDay = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(dayMs(s)) && isoDay(dayMs(s)) === s;

/** First day (YYYY-MM-DD) of the month `months` after the month of isoDay. */
export function addMonths(day: string, months: number): string {
  const m = Number(day.slice(5, 7)) - 1 + months;
  return isoDay(Date.UTC(Number(day.slice(0, 4)) + Math.floor(m / 12), ((m % 12) + 12) % 12, 1));
}

/** Whole months from the month of `from` to the month of `to` (the same month: 0). */
export const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7));
