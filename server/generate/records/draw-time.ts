import { HOUR_MS } from '../dates.ts';
import type { Random } from '../random.ts';
import { AGENCIES } from '../world/agencies.ts';
import { GEN_CATEGORIES, PROFILES } from '../world/category-profiles.ts';
import type { World } from '../world/world.ts';
import { PRECISION, type ContactDraft } from './contact-draft.ts';

const CATEGORY_COUNT = GEN_CATEGORIES.length;

/**
 * When: how precisely the agency records it (time, day or month only), the hour from the category's
 * profile for that kind of day, and for some a window in which the incident happened before the call.
 */
export function drawTime(w: World, r: Random, d: ContactDraft, day: number): void {
  const cal = w.calendar;
  const month = cal.month[day] as number;
  let precision = w.precisions[d.agency]?.pick(r.float()) as number;
  // A month-only record is dated the 1st, which must not fall before the period.
  if (precision === PRECISION.month && (w.monthStartMs[month] as number) < (cal.dayStartMs[0] as number))
    precision = PRECISION.day;
  d.day = day;
  d.precision = precision;
  d.fromMs = Number.NaN;
  d.toMs = Number.NaN;
  if (precision === PRECISION.month) {
    d.receivedMs = w.monthStartMs[month] as number;
    return;
  }
  const start = cal.dayStartMs[day] as number;
  if (precision === PRECISION.day) {
    d.receivedMs = start;
    return;
  }
  const hour = cal.hourSamplers[(cal.dayType[day] as number) * CATEGORY_COUNT + d.category]?.pick(r.float());
  const minute = r.int(0, 59);
  const second = AGENCIES[d.agency]?.timeForm === 'iso' ? r.int(0, 59) : 0;
  d.receivedMs = start + (hour as number) * HOUR_MS + minute * 60_000 + second * 1_000;
  if (r.float() < (PROFILES[d.category]?.window ?? 0)) {
    d.toMs = d.receivedMs - r.int(0, 120) * 60_000;
    d.fromMs = d.toMs - r.int(60, 14 * 60) * 60_000;
  }
}
