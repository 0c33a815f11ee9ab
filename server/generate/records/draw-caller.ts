import type { Random } from '../random.ts';
import { PROFILES } from '../world/category-profiles.ts';
import type { ComponentSampler } from '../world/mixture.ts';
import { REGION } from '../world/place-pool.ts';
import type { World } from '../world/world.ts';
import type { ContactDraft } from './contact-draft.ts';
import { mix32, unitOf } from './hash.ts';

/** Repeat callers are drawn with probability falling as rank^-0.6: a few call very often. */
const REPEAT_EXPONENT = 0.6;
/** Share of a repeat caller's contacts about their own street (the rest are about elsewhere). */
const HOME_SHARE = 0.7;
export const VULNERABLE_REPEAT_SHARE = 0.15;
const CALLER_STRIDE = 1 << 24;

/**
 * Who called: nobody (patrol-found or anonymous), a one-off caller, or one of the category's repeat
 * callers. A repeat caller's reference, home and vulnerability follow from a hash of who they are, so
 * they stay the same on every contact without storing anyone. Only background contacts come from repeat
 * callers, so planted hotspots keep their shape.
 */
export function drawCaller(w: World, r: Random, d: ContactDraft, component: number): void {
  const c = d.category;
  const p = PROFILES[c] as (typeof PROFILES)[number];
  d.callerKey = -1;
  d.callerHigh = -1;
  d.vulnerable = false;
  if (r.float() < p.anonymous) return;
  if (component === REGION.rest && r.float() < p.repeatCallers) {
    const key = c * CALLER_STRIDE + powerLawIndex(r.float(), w.callerPool[c] as number);
    const h = mix32(key ^ w.callerSalt);
    d.callerKey = key;
    d.callerHigh = h >>> 8;
    d.callerLow = mix32(h ^ 0x1b56c4e9) >>> 8;
    d.vulnerable = unitOf(h ^ 0x68e31da4) < VULNERABLE_REPEAT_SHARE;
    if (r.float() < HOME_SHARE)
      d.place = (w.mixture.samplers[REGION.rest] as ComponentSampler).pick(c, unitOf(h ^ 0x3c6ef372));
    return;
  }
  oneOffCaller(r, d);
  d.vulnerable = r.float() < p.vulnerable;
}

/** An index in [0, n) with probability falling as (index + 1)^-s: the continuous power law's inverse CDF. */
function powerLawIndex(u: number, n: number): number {
  const a = 1 - REPEAT_EXPONENT;
  return Math.min(n - 1, Math.floor((((n + 1) ** a - 1) * u + 1) ** (1 / a)) - 1);
}

/** A caller seen once: a random 48-bit reference. */
export function oneOffCaller(r: Random, d: ContactDraft): void {
  d.callerKey = -1;
  d.callerHigh = r.int(0, 0xffffff);
  d.callerLow = r.int(0, 0xffffff);
}
