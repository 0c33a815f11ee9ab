import type { AreaHotspot } from './api/area-hotspots.ts';
import { NO_RESIDENTS_PATTERN } from './choropleth.ts';
import { CLASS_COLOURS } from './hotspot-colours.ts';
import type { HotspotClass } from './api/hotspots.ts';
import { HotspotClass as HotspotClassSchema } from '../../../../server/contract/hotspots.ts';

/** Hot first, as the legend lists them: the contract's own order. */
export const AREA_CLASS_ORDER: readonly HotspotClass[] = HotspotClassSchema.options;

// Areas cover the whole map, so "not significant" gets the versus mode's near-white rather than no fill.
const NOT_SIGNIFICANT = '#f2f2f2';

/** ColorBrewer RdBu as on the Gi* grid (colour-blind safe); islands, not tested, hatched. */
export function areaClassColour(c: AreaHotspot['class']): string {
  if (c === null) return `url(#${NO_RESIDENTS_PATTERN})`;
  return c === 'not_significant' ? NOT_SIGNIFICANT : CLASS_COLOURS[c];
}
