import { DRAWN_LAYER_PREFIX } from './drawn-areas.ts';
import { PROBLEM_LAYER_PREFIX } from './tasking.ts';

/** Zones of an evaluation run: layer eval_<problem id> with areas target, buffer and control. */
export const EVALUATION_LAYER_PREFIX = 'eval_';

/**
 * Layers the product makes for itself (drawn outlines, problem places, evaluation zones), each holding
 * its own areas so filters work on them: never listed as base layers, never deciding "out of area".
 */
export const HIDDEN_LAYER_PREFIXES = [
  DRAWN_LAYER_PREFIX,
  PROBLEM_LAYER_PREFIX,
  EVALUATION_LAYER_PREFIX,
] as const;

export const isHiddenLayer = (layer: string): boolean =>
  HIDDEN_LAYER_PREFIXES.some((p) => layer.startsWith(p));

/** How a hidden layer reads in the filter bar. */
export function hiddenLayerLabel(layer: string): string | null {
  if (layer.startsWith(DRAWN_LAYER_PREFIX)) return 'Drawn on the map';
  if (layer.startsWith(PROBLEM_LAYER_PREFIX)) return 'Problem place';
  if (layer.startsWith(EVALUATION_LAYER_PREFIX)) return 'Evaluation zone';
  return null;
}
