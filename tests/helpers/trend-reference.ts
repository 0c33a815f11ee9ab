import type { TimedRecord } from '../../server/analytics/trends/aoristic-records.ts';
import type { Filters } from '../../server/contract/filters.ts';
import type { CountKind, Interval, Split } from '../../server/contract/trends.ts';
import type { Executor } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';

/** One contact as a plain select reads it, for computing trends by hand in tests. */
export interface DemoRow {
  [k: string]: unknown;
  id: number;
  day: string;
  category: string;
  agency: string;
  asb_type: string;
  incident: number;
  precision: string;
  received_ms: number | null;
  from_ms: number | null;
  to_ms: number | null;
  ward: string | null;
}

/** Every stored contact as a DemoRow (its ward from contact_area). */
export const demoRows = (db: Executor): Promise<DemoRow[]> =>
  db.all<DemoRow>(sql`select c.id::integer as id, c.received_on::varchar as day,
    c.category, c.agency_code as agency, c.asb_type, coalesce(c.incident_id, c.id)::integer as incident,
    c.time_precision as precision, epoch_ms(c.received_at)::double as received_ms,
    epoch_ms(c.from_at)::double as from_ms, epoch_ms(c.to_at)::double as to_ms,
    (select area_code from contact_area a where a.contact_id = c.id and a.layer_id = 'ward') as ward
    from contact c`);

/** The shared filters read directly (only the ward layer is held for the area filter). */
export function matches(r: DemoRow, f: Filters): boolean {
  if (f.area && f.area.layer !== 'ward') throw new Error('only ward areas are held');
  return (
    r.day >= f.from &&
    r.day <= f.to &&
    (f.category.length === 0 || f.category.includes(r.category)) &&
    (f.agency.length === 0 || f.agency.includes(r.agency)) &&
    (!f.area || r.ward === f.area.code)
  );
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** First day of the month, the week (from Monday) or the day an ISO day falls in. */
function intervalStart(day: string, interval: Interval): string {
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  if (interval === 'day') return day;
  const weekday = (new Date(dayMs(day)).getUTCDay() + 6) % 7;
  return isoDay(dayMs(day) - weekday * 86_400_000);
}

function nextStart(start: string, interval: Interval): string {
  if (interval === 'day') return isoDay(dayMs(start) + 86_400_000);
  if (interval === 'week') return isoDay(dayMs(start) + 7 * 86_400_000);
  const [y = 0, m = 0] = start.split('-').map(Number);
  return isoDay(Date.UTC(y, m, 1));
}

function keyOf(r: DemoRow, split: Split): string {
  if (split.kind === 'none') return 'all';
  if (split.kind === 'area') return r.ward ?? 'none';
  return split.kind === 'agency' ? r.agency : split.kind === 'category' ? r.category : r.asb_type;
}

/** trendCounts by hand: rank split values by reports, merge beyond `top` into 'other', fill every interval. */
export function countsByHand(
  rows: readonly DemoRow[],
  f: Filters,
  o: { interval: Interval; split: Split; count: CountKind; top: number },
): { start: string; key: string | null; n: number }[] {
  const chosen = rows.filter((r) => matches(r, f));
  const reports = new Map<string, number>();
  for (const r of chosen) reports.set(keyOf(r, o.split), (reports.get(keyOf(r, o.split)) ?? 0) + 1);
  const ranked = [...reports].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const merged = (k: string) => (ranked.indexOf(k) < o.top || ranked.length === o.top + 1 ? k : 'other');
  const cells = new Map<string, Set<number>>();
  for (const r of chosen) {
    const cell = `${intervalStart(r.day, o.interval)}|${merged(keyOf(r, o.split))}`;
    cells.set(cell, (cells.get(cell) ?? new Set()).add(o.count === 'reports' ? r.id : r.incident));
  }
  const keys = [...new Set(ranked.map(merged))].sort();
  const out: { start: string; key: string | null; n: number }[] = [];
  const last = intervalStart(f.to, o.interval);
  for (let s = intervalStart(f.from, o.interval); s <= last; s = nextStart(s, o.interval)) {
    if (keys.length === 0) out.push({ start: s, key: null, n: 0 });
    for (const k of keys) out.push({ start: s, key: k, n: cells.get(`${s}|${k}`)?.size ?? 0 });
  }
  return out;
}

/** Reports, or distinct incidents, matching the filters over their period. */
export function periodCountByHand(rows: readonly DemoRow[], f: Filters, count: CountKind): number {
  const chosen = rows.filter((r) => matches(r, f));
  return count === 'reports' ? chosen.length : new Set(chosen.map((r) => r.incident)).size;
}

export type TimeKind = 'window' | 'moment' | 'month_only' | 'day_only' | 'invalid';

/** How a record's time is known, as the hour x weekday view sorts them. */
export function timeKind(r: DemoRow): TimeKind {
  if (r.from_ms !== null && r.to_ms !== null) return r.to_ms >= r.from_ms ? 'window' : 'invalid';
  if (r.precision === 'time' && r.received_ms !== null) return 'moment';
  return r.precision === 'month' ? 'month_only' : 'day_only';
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The London wall-clock minute of a UTC instant, as milliseconds of that wall clock read as UTC. */
function londonWallClockMs(ms: number): number {
  const p = Object.fromEntries(LONDON.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
}

/**
 * A window or moment as London wall-clock times: it starts at the local minute of its start and lasts
 * its real length in whole minutes (a clock change inside it neither adds nor takes an hour).
 */
export function timedRecordOf(r: DemoRow): TimedRecord[] {
  const kind = timeKind(r);
  if (kind === 'moment' && r.received_ms !== null)
    return [{ from: new Date(londonWallClockMs(r.received_ms)).toISOString().slice(0, 16), to: null }];
  if (kind !== 'window' || r.from_ms === null || r.to_ms === null) return [];
  const start = londonWallClockMs(r.from_ms);
  const minutes = Math.round((r.to_ms - r.from_ms) / 60_000);
  const wall = (ms: number) => new Date(ms).toISOString().slice(0, 16);
  return [{ from: wall(start), to: wall(start + minutes * 60_000) }];
}
