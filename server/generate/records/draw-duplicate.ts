import { DAY_MS } from '../dates.ts';
import { bngToWgs84 } from '../../geo/projection.ts';
import type { Random } from '../random.ts';
import { MIN_SLACK_M, round6 } from '../site/site.ts';
import { AGENCIES, HOUSING, POLICE } from '../world/agencies.ts';
import { categoryIndex, PROFILES } from '../world/category-profiles.ts';
import type { World } from '../world/world.ts';
import { PRECISION, type ContactDraft } from './contact-draft.ts';
import { oneOffCaller } from './draw-caller.ts';
import { DEFAULT_TYPE } from './draw-contact.ts';
import { drawOutcome } from './draw-outcome.ts';
import { drawPersonal } from './personal.ts';

/** A second report comes within this many minutes and metres of the first. */
export const DUPLICATE_MAX_MINUTES = 30;
export const DUPLICATE_MAX_METRES = 40;
const SAME_CALLER_SHARE = 0.5;
const RESIDENTIAL = new Set((['noise', 'intimidation', 'drugs'] as const).map(categoryIndex));

/**
 * Sometimes the same incident is reported to a second agency (a fly-tip to the council and the
 * police): fills `second` with that report, a few minutes later and a few metres away, and returns true.
 */
export function drawDuplicate(w: World, r: Random, first: ContactDraft, second: ContactDraft): boolean {
  if (first.precision !== PRECISION.time || !(r.float() < (PROFILES[first.category]?.duplicate ?? 0)))
    return false;
  const partner = partnerOf(w, first);
  const receivedMs = first.receivedMs + r.int(1, DUPLICATE_MAX_MINUTES) * 60_000;
  const day = Math.floor((receivedMs - (w.calendar.dayStartMs[0] as number)) / DAY_MS);
  const month = w.calendar.month[day];
  if (month === undefined || (partner === w.plan.outage.agency && month === w.plan.outage.month))
    return false;
  const agency = AGENCIES[partner] as (typeof AGENCIES)[number];
  const toMinute = (ms: number) => (agency.timeForm === 'iso' ? ms : ms - (ms % 60_000));
  second.copyFrom(first);
  second.agency = partner;
  second.day = day;
  second.receivedMs = toMinute(receivedMs);
  second.fromMs = toMinute(first.fromMs);
  second.toMs = toMinute(first.toMs);
  if (!agency.givesAsbType) second.asbType = DEFAULT_TYPE[second.category] as number;
  second.channel = w.channels[partner]?.pick(r.float()) as number;
  moveNear(w, r, second);
  if (r.float() >= SAME_CALLER_SHARE && first.callerHigh >= 0) {
    oneOffCaller(r, second);
    second.vulnerable = r.float() < (PROFILES[second.category]?.vulnerable ?? 0);
  }
  drawOutcome(w, r, second);
  drawPersonal(w, r, second);
  return true;
}

function partnerOf(w: World, d: ContactDraft): number {
  if (d.agency !== POLICE) return POLICE;
  return RESIDENTIAL.has(d.category) ? HOUSING : (w.pool.council[d.place] as number);
}

/** A whole-metre point within DUPLICATE_MAX_METRES, never so far that it could leave the place's area. */
function moveNear(w: World, r: Random, d: ContactDraft): void {
  const reach = Math.min(DUPLICATE_MAX_METRES - 1, (w.pool.slack[d.place] as number) - MIN_SLACK_M - 1);
  if (reach < 1) return;
  const [angle, length] = [r.between(0, 2 * Math.PI), reach * Math.sqrt(r.float())];
  d.easting = Math.round((w.pool.easting[d.place] as number) + length * Math.cos(angle));
  d.northing = Math.round((w.pool.northing[d.place] as number) + length * Math.sin(angle));
  const [lon, lat] = bngToWgs84(d.easting, d.northing);
  d.lon = round6(lon);
  d.lat = round6(lat);
  d.moved = true;
}
