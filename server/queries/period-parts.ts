export interface PeriodParts {
  /** First days of the first and last whole calendar months inside the period; null when it holds none. */
  months: { first: string; last: string } | null;
  /** The days at either end outside those months (the whole period when it holds no whole month). */
  days: { from: string; to: string }[];
}

const DAY_MS = 86_400_000;
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthFrom = (d: Date, add: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1));

/** The first day after an ISO day. */
export const dayAfter = (isoDate: string): string => iso(new Date(utc(isoDate).getTime() + DAY_MS));

/** Splits [from, to] (ISO days, inclusive) into the whole months it covers and the odd days around them. */
export function splitPeriod(from: string, to: string): PeriodParts {
  const start = utc(from);
  const end = utc(to);
  const first = monthFrom(start, start.getUTCDate() === 1 ? 0 : 1);
  // The first day after the last whole month: to's month when to is its last day, else to's month start.
  const after = monthFrom(end, dayAfter(to).endsWith('-01') ? 1 : 0);
  if (first >= after) return { months: null, days: [{ from, to }] };
  const days: { from: string; to: string }[] = [];
  if (start < first) days.push({ from, to: iso(new Date(first.getTime() - DAY_MS)) });
  if (after <= end) days.push({ from: iso(after), to });
  return { months: { first: iso(first), last: iso(monthFrom(after, -1)) }, days };
}
