import { DAY_MS, HOUR_MS } from '../dates.ts';
import type { Random } from '../random.ts';
import { AGENCIES, HOUSING, POLICE, RESOLUTION_SIGMA } from '../world/agencies.ts';
import { categoryIndex, PROFILES } from '../world/category-profiles.ts';
import type { World } from '../world/world.ts';
import { PRECISION, STATUS, type ContactDraft } from './contact-draft.ts';

const REFERRAL_SHARE = 0.07;
const RESOLVED_SHARE = 0.75;
const ENVIRONMENTAL = new Set(
  (['vandalism', 'abandoned_vehicles', 'fly_tipping', 'street_lighting'] as const).map(categoryIndex),
);

/**
 * Service: the SLA target for the category and agency (24 hours at most for a vulnerable caller), a
 * log-normal resolution time around the agency's pace, and the status the extract shows on its date.
 */
export function drawOutcome(w: World, r: Random, d: ContactDraft): void {
  const agency = AGENCIES[d.agency] as (typeof AGENCIES)[number];
  const sla = Math.round((PROFILES[d.category]?.slaHours ?? 0) * agency.slaFactor);
  d.slaHours = d.vulnerable ? Math.min(24, sla) : sla;
  d.referral = -1;
  d.resolvedMs = Number.NaN;
  if (r.float() < REFERRAL_SHARE) {
    d.referral = referralPartner(w, d);
    d.status = STATUS.referred;
    return;
  }
  if (d.precision === PRECISION.month) {
    d.status = STATUS.closed;
    return;
  }
  const timed = d.precision === PRECISION.time;
  const start = timed ? d.receivedMs : d.receivedMs + 12 * HOUR_MS;
  const hours =
    d.slaHours * (w.resolutionFactor[d.agency] as number) * Math.exp(RESOLUTION_SIGMA * r.normal());
  const exact = start + hours * HOUR_MS;
  // Written as a day for day-precision records, in whole minutes or seconds as the agency writes times.
  const step = !timed ? DAY_MS : agency.timeForm === 'iso' ? 1_000 : 60_000;
  const resolved = timed ? Math.ceil(exact / step) * step : Math.floor(exact / step) * step;
  if (exact >= w.referenceMs || resolved >= w.referenceMs) {
    d.status = d.receivedMs >= w.referenceMs - 3 * DAY_MS ? STATUS.open : STATUS.inProgress;
    return;
  }
  d.resolvedMs = resolved;
  d.status = r.float() < RESOLVED_SHARE ? STATUS.resolved : STATUS.closed;
}

function referralPartner(w: World, d: ContactDraft): number {
  const council = w.pool.council[d.place] as number;
  const environmental = ENVIRONMENTAL.has(d.category);
  switch (AGENCIES[d.agency]?.kind) {
    case 'police':
      return environmental ? council : HOUSING;
    case 'housing':
      return environmental ? council : POLICE;
    case 'fire':
      return council;
    default:
      return environmental ? HOUSING : POLICE;
  }
}
