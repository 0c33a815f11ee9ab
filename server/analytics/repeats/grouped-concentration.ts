import type { ConcentrationSummary } from '../hotspot/concentration.ts';

/** `places` references (or places) with `count` complaints each. */
export interface CountGroup {
  count: number;
  places: number;
}

/**
 * concentrationSummary and the concentration curve's points from counts grouped by value, as SQL gives
 * them: the curve is straight within a group (its places hold equal counts), so it is read and summed
 * group by group instead of place by place (millions of references at national scale). Equal to the
 * per-place functions up to rounding.
 */
export function groupedConcentration(groups: readonly CountGroup[]): {
  summary: ConcentrationSummary;
  share: (fraction: number) => number;
} {
  if (groups.some((g) => !(g.count >= 0) || !(g.places >= 0)))
    throw new RangeError('counts and places must be numbers >= 0');
  const busiest = groups.filter((g) => g.places > 0).sort((a, b) => b.count - a.count);
  const places = busiest.reduce((n, g) => n + g.places, 0);
  const contacts = busiest.reduce((n, g) => n + g.count * g.places, 0);
  // Where each group starts on the curve: places and contacts before it.
  const starts: { places: number; contacts: number }[] = [];
  let [p, c, area] = [0, 0, 0];
  for (const g of busiest) {
    starts.push({ places: p, contacts: c });
    const [before, after] = [c / contacts, (c + g.count * g.places) / contacts];
    area += ((g.places / places) * (before + after)) / 2;
    p += g.places;
    c += g.count * g.places;
  }
  const share = (fraction: number): number => {
    if (!(contacts > 0)) return Number.NaN;
    const at = Math.min(Math.max(fraction, 0), 1) * places;
    let k = busiest.length - 1;
    while (k > 0 && (starts[k] as { places: number }).places > at) k--;
    const start = starts[k] as { places: number; contacts: number };
    return (start.contacts + (at - start.places) * (busiest[k] as CountGroup).count) / contacts;
  };
  const has = contacts > 0;
  const repeats = busiest.filter((g) => g.count >= 2);
  return {
    summary: {
      places,
      contacts,
      top1: has ? share(0.01) : null,
      top5: has ? share(0.05) : null,
      top10: has ? share(0.1) : null,
      gini: has ? 2 * area - 1 : null,
      repeatPlaces: repeats.reduce((n, g) => n + g.places, 0),
      repeatShare: has ? repeats.reduce((n, g) => n + g.count * g.places, 0) / contacts : null,
    },
    share,
  };
}
