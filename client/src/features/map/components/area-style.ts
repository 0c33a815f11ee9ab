import type { PathOptions } from 'leaflet';
import { PALETTE } from '../../../lib/palette.ts';

/** Before the figures arrive the boundaries alone are the map. */
export const PLAIN_FILL = '#dbe7f0';

const BASE: PathOptions = { color: '#4b5563', weight: 0.8, opacity: 0.9, fillOpacity: 0.85 };
const FILTER: PathOptions = { ...BASE, color: PALETTE.blue, weight: 3, opacity: 1, dashArray: '6 4' };
const SELECTED: PathOptions = { ...BASE, color: '#000', weight: 3.5, opacity: 1, dashArray: undefined };

/**
 * The fill shows the figure; selection and the filter area show as outlines so they never hide it:
 * the selected area in a heavy black line, the filter area in a dashed blue one.
 */
export function areaStyle(
  code: string | undefined,
  fillColor: string,
  selected: string | null,
  filter: string | null,
): PathOptions {
  if (code && code === selected) return { ...SELECTED, fillColor };
  if (code && code === filter) return { ...FILTER, fillColor };
  return { ...BASE, fillColor, dashArray: undefined };
}
