import { isDrawnLayer } from '../../../../../server/contract/drawn-areas.ts';
import type { AreaRef } from '../../../../../server/contract/filters.ts';

/** The base layer a filter area belongs to; a drawn area has none, so the map keeps its usual one. */
export const baseLayerOf = (area: AreaRef | null): string | undefined =>
  area && !isDrawnLayer(area.layer) ? area.layer : undefined;
