/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so the server's time zone never matters. */

const DAY_MS = 86_400_000;

export const toMs = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
export const toIsoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (isoDate: string, days: number): string => toIsoDate(toMs(isoDate) + days * DAY_MS);

export const monthStart = (isoDate: string): string => `${isoDate.slice(0, 7)}-01`;

/** First day of the month `months` after (or before, when negative) the month of isoDate. */
export function addMonths(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) - 1 + months;
  return toIsoDate(Date.UTC(y + Math.floor(m / 12), ((m % 12) + 12) % 12, 1));
}

export const monthEnd = (isoDate: string): string => addDays(addMonths(isoDate, 1), -1);

export const isMonthEnd = (isoDate: string): boolean => monthEnd(isoDate) === isoDate;

/** The same day a year earlier; a month end stays a month end (2025-02-28 -> 2024-02-29). */
export function yearEarlier(isoDate: string): string {
  const month = addMonths(isoDate, -12);
  if (isMonthEnd(isoDate)) return monthEnd(month);
  return addDays(month, Number(isoDate.slice(8, 10)) - 1);
}

/** Number of whole months from the month of `from` to the month of `to` (same month: 0). */
export const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7));
