import { isHiddenLayer } from '../../../../../server/contract/hidden-layers.ts';
import type { AreaRef } from '../../../../../server/contract/filters.ts';

/** The base layer a filter area belongs to; a hidden layer (drawn, problem) has none: the map keeps its own. */
export const baseLayerOf = (area: AreaRef | null): string | undefined =>
  area && !isHiddenLayer(area.layer) ? area.layer : undefined;
