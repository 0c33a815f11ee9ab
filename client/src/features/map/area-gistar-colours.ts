import type { AreaHotspot } from './api/area-hotspots.ts';
import { NO_RESIDENTS_PATTERN } from './choropleth.ts';
import { CLASS_COLOURS } from './hotspot-colours.ts';
import type { HotspotClass } from './api/hotspots.ts';

/** Hot first, as the legend lists them. */
export const AREA_CLASS_ORDER: readonly HotspotClass[] = [
  'hot_99',
  'hot_95',
  'hot_90',
  'not_significant',
  'cold_90',
  'cold_95',
  'cold_99',
];

// Areas cover the whole map, so "not significant" gets the versus mode's near-white rather than no fill.
const NOT_SIGNIFICANT = '#f2f2f2';

/** ColorBrewer RdBu as on the Gi* grid (colour-blind safe); islands, not tested, hatched. */
export function areaClassColour(c: AreaHotspot['class']): string {
  if (c === null) return `url(#${NO_RESIDENTS_PATTERN})`;
  return c === 'not_significant' ? NOT_SIGNIFICANT : CLASS_COLOURS[c];
}
