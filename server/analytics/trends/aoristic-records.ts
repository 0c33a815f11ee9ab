import { aoristicMatrix, type AoristicMatrix, type WindowGroup } from './aoristic-matrix.ts';
import { MINUTES_PER_WEEK } from './aoristic.ts';

/**
 * When a record's incident happened, as local wall-clock times without a zone ("2024-03-01T22:30" or
 * "2024-03-01 22:30:00"). `from` null: only the month is known. `to` null or equal to `from`: a known moment.
 */
export interface TimedRecord {
  from: string | null;
  to?: string | null;
}

export interface RecordsMatrix extends AoristicMatrix {
  /** Left out: only the month is known, so no hour or weekday can be given. */
  monthOnly: number;
  /** Left out: a time that cannot be read, or a window that ends before it starts. */
  invalid: number;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;
// 1970-01-05 was a Monday: minutes since then, modulo a week, are minutes since Monday 00:00.
const MONDAY_MS = Date.UTC(1970, 0, 5);

/** Minutes since 1970-01-05 00:00 of a wall-clock time, read as if it were UTC so no zone shifts it. */
function wallClockMinutes(text: string): number | null {
  const m = WALL_CLOCK.exec(text);
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => Number(part ?? 0));
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(ms);
  const valid = date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return valid ? (ms - MONDAY_MS) / 60_000 : null;
}

/** A record's window as a WindowGroup of one, or why it is left out. */
export function recordWindow(record: TimedRecord): WindowGroup | 'month_only' | 'invalid' {
  if (record.from === null) return 'month_only';
  const from = wallClockMinutes(record.from);
  const to = record.to == null ? from : wallClockMinutes(record.to);
  if (from === null || to === null || to < from) return 'invalid';
  const startMinuteOfWeek = ((from % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  return { startMinuteOfWeek, durationMinutes: to - from, count: 1 };
}

/**
 * The aoristic 7 x 24 matrix of individual records (see aoristicWeights); records with only a month, or
 * with unreadable times, are counted and left out. Wall-clock windows ignore a clock change inside them.
 */
export function aoristicFromRecords(records: Iterable<TimedRecord>): RecordsMatrix {
  let monthOnly = 0;
  let invalid = 0;
  const groups: WindowGroup[] = [];
  for (const record of records) {
    const window = recordWindow(record);
    if (window === 'month_only') monthOnly++;
    else if (window === 'invalid') invalid++;
    else groups.push(window);
  }
  return { ...aoristicMatrix(groups), monthOnly, invalid };
}
