import { addDays, addMonths, monthEnd, monthStart } from './months.ts';

export type PeriodOutcome = { ok: true; from: string; to: string } | { ok: false; message: string };

/**
 * The period a request means: `to` defaults to the end of the latest month with data (the last
 * complete month when there is none), `from` to the start of the month 11 months before `to`'s,
 * which makes twelve whole months.
 */
export function resolvePeriod(
  requested: { from?: string | undefined; to?: string | undefined },
  lastDataDay: string | null,
  today: string,
): PeriodOutcome {
  const to = requested.to ?? monthEnd(lastDataDay ?? addDays(monthStart(today), -1));
  const from = requested.from ?? addMonths(to, -11);
  if (from > to)
    return {
      ok: false,
      message: `must not be after to (${to}${requested.to ? '' : ', the end of the latest data'})`,
    };
  return { ok: true, from, to };
}
