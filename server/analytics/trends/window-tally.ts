import { aoristicMatrix, type AoristicMatrix, type WindowGroup } from './aoristic-matrix.ts';

/** Records sharing one kind of time and one window, as SQL groups them (see queries/trend-windows.ts). */
export interface WindowCount {
  kind: 'window' | 'moment' | 'month_only' | 'day_only' | 'invalid';
  /** Minutes since Monday 00:00 local time; null for records left out. */
  start_minute: number | null;
  duration_minutes: number | null;
  n: number;
}

export interface WindowTally extends AoristicMatrix {
  /** Records with a from/to window (the rest of `records` are exact times). */
  windowed: number;
  leftOut: { monthOnly: number; dayOnly: number; invalid: number };
}

/** Exact times and from/to windows spread aoristically; month-only, day-only and invalid windows counted apart. */
export function tallyWindows(rows: readonly WindowCount[]): WindowTally {
  const groups: WindowGroup[] = [];
  const left = { month_only: 0, day_only: 0, invalid: 0 };
  let windowed = 0;
  for (const r of rows) {
    if (r.kind === 'window' || r.kind === 'moment') {
      groups.push({
        startMinuteOfWeek: r.start_minute ?? 0,
        durationMinutes: r.duration_minutes ?? 0,
        count: r.n,
      });
      if (r.kind === 'window') windowed += r.n;
    } else left[r.kind] += r.n;
  }
  return {
    ...aoristicMatrix(groups),
    windowed,
    leftOut: { monthOnly: left.month_only, dayOnly: left.day_only, invalid: left.invalid },
  };
}
