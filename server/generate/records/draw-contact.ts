import { ASB_TYPES, DEFAULT_ASB_TYPE } from '../../contract/taxonomy.ts';
import type { Random } from '../random.ts';
import { AGENCIES, FIRE, HOUSING, POLICE } from '../world/agencies.ts';
import { pickCategory } from '../world/calendar.ts';
import { GEN_CATEGORIES } from '../world/category-profiles.ts';
import { pickComponent, type ComponentSampler } from '../world/mixture.ts';
import { RECEIVER_ORDER, type World } from '../world/world.ts';
import type { ContactDraft } from './contact-draft.ts';
import { drawCaller } from './draw-caller.ts';
import { drawOutcome } from './draw-outcome.ts';
import { drawTime } from './draw-time.ts';
import { drawPersonal } from './personal.ts';

/** Per category, the index of its default ASB type. */
export const DEFAULT_TYPE = GEN_CATEGORIES.map((c) => ASB_TYPES.indexOf(DEFAULT_ASB_TYPE[c]));
/** Police give their own impact type, and it differs from the category's default this often. */
const OTHER_TYPE_SHARE = 0.12;

/**
 * Draws one contact into d: day, category, place, caller, receiving agency, time, outcome and personal
 * fields. Returns false when the agency's feed was down that month (the record never arrived).
 */
export function drawContact(w: World, r: Random, d: ContactDraft): boolean {
  const day = w.calendar.daySampler.pick(r.float());
  const c = pickCategory(w.calendar, day, r.float());
  const month = w.calendar.month[day] as number;
  const component = pickComponent(w.mixture, month, c, r.float());
  d.category = c;
  d.place = (w.mixture.samplers[component] as ComponentSampler).pick(c, r.float());
  drawCaller(w, r, d, component);
  d.agency = receivingAgency(w, d, r.float());
  if (d.agency === w.plan.outage.agency && month === w.plan.outage.month) return false;
  d.moved = false;
  d.channel = w.channels[d.agency]?.pick(r.float()) as number;
  const usual = DEFAULT_TYPE[c] as number;
  d.asbType =
    AGENCIES[d.agency]?.givesAsbType && r.float() < OTHER_TYPE_SHARE ? (usual + r.int(1, 2)) % 3 : usual;
  drawTime(w, r, d, day);
  drawOutcome(w, r, d);
  drawPersonal(w, r, d);
  return true;
}

/** The agency that received it: the category's usual receivers, the council being the place's own. */
function receivingAgency(w: World, d: ContactDraft, u: number): number {
  const receiver = RECEIVER_ORDER[w.receivers[d.category]?.pick(u) as number];
  if (receiver === 'council') return w.pool.council[d.place] as number;
  return receiver === 'police' ? POLICE : receiver === 'housing' ? HOUSING : FIRE;
}
