import { AGENCIES, COUNCILS, FIRE, HOUSING, POLICE } from '../world/agencies.ts';
import { GEN_CATEGORIES, PROFILES } from '../world/category-profiles.ts';
import { REGION } from '../world/place-pool.ts';
import { RECEIVER_ORDER, type World } from '../world/world.ts';
import { componentShares } from './expected-share.ts';

const CATEGORY_COUNT = GEN_CATEGORIES.length;
const RECEIVER_AGENCY = { police: POLICE, council: COUNCILS[0] as number, housing: HOUSING, fire: FIRE };

/** Each category's share of all contacts, and the share of its contacts from background places. */
function categoryMix(w: World): { share: number; background: number }[] {
  const months = w.calendar.months.length;
  const rows = GEN_CATEGORIES.map((_, c) => {
    let [volume, background] = [0, 0];
    for (let m = 0; m < months; m++) {
      const v = w.calendar.monthCategoryWeight[m * CATEGORY_COUNT + c] as number;
      volume += v;
      background += v * (componentShares(w, m, c)[REGION.rest] as number);
    }
    return { volume, background: background / volume };
  });
  const total = rows.reduce((s, r) => s + r.volume, 0);
  return rows.map((r) => ({ share: r.volume / total, background: r.background }));
}

/** Expected share of records that are a second report of an incident already reported. */
export function duplicateShare(w: World): number {
  const perOriginal = categoryMix(w).reduce((sum, { share }, c) => {
    const p = PROFILES[c] as (typeof PROFILES)[number];
    const weights = RECEIVER_ORDER.map((r) => p.receivers[r] ?? 0);
    const all = weights.reduce((s, x) => s + x, 0);
    const timed = RECEIVER_ORDER.reduce((s, r, i) => {
      const precision = (AGENCIES[RECEIVER_AGENCY[r]] as (typeof AGENCIES)[number]).precision;
      return (
        s +
        ((weights[i] as number) / all) * (precision.time / (precision.time + precision.day + precision.month))
      );
    }, 0);
    return sum + share * timed * p.duplicate;
  }, 0);
  return perOriginal / (1 + perOriginal);
}

/** Expected share of contacts with a caller that come from a repeat caller. */
export function repeatCallerShare(w: World): number {
  let [repeat, withCaller] = [0, 0];
  categoryMix(w).forEach(({ share, background }, c) => {
    const p = PROFILES[c] as (typeof PROFILES)[number];
    withCaller += share * (1 - p.anonymous);
    repeat += share * (1 - p.anonymous) * background * p.repeatCallers;
  });
  return repeat / withCaller;
}
