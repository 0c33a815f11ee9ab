import { hide } from '../board/board-aggregates.ts';
import type { AreaHotspots } from '../../contract/hotspots.ts';

/**
 * Area Gi* as the board may see it: counts under the threshold hidden (and one more where a single
 * hidden count would be the total minus the rest), their rates too (rate x residents gives the count),
 * and z and p withheld for every area: with the neighbour lists they would give the hidden counts back.
 */
export function areaHotspotsForBoard(h: AreaHotspots, threshold: number): AreaHotspots {
  const { hidden, entries } = hide(
    h.areas.map((a) => a.count ?? 0),
    h.areas.map((a) => a.code),
    threshold,
  );
  return {
    ...h,
    areas: h.areas.map((a, i) => ({
      ...a,
      ...(hidden.has(i) ? { count: null, rate: null } : {}),
      z: null,
      p: null,
      pAdjusted: null,
    })),
    suppressed: {
      threshold,
      entries,
      note:
        `Counts under ${threshold} are hidden, with any count that would let one be worked out. ` +
        'z and p are not shown to the board; each area’s hot or cold class is.',
    },
  };
}
