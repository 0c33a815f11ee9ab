import type { PathOptions } from 'leaflet';
import { PALETTE } from '../../../lib/palette.ts';

const BASE: PathOptions = { color: '#1f3b57', weight: 1, fillColor: PALETTE.sky, fillOpacity: 0.18 };
const FILTER: PathOptions = {
  ...BASE,
  color: PALETTE.blue,
  weight: 2.5,
  fillColor: PALETTE.blue,
  fillOpacity: 0.35,
};
const SELECTED: PathOptions = {
  ...BASE,
  color: '#000',
  weight: 3,
  fillColor: PALETTE.orange,
  fillOpacity: 0.5,
};

/** Selected area in orange with a heavy outline, the filter area in blue: told apart by line as well as hue. */
export function areaStyle(
  code: string | undefined,
  selected: string | null,
  filter: string | null,
): PathOptions {
  if (code && code === selected) return SELECTED;
  if (code && code === filter) return FILTER;
  return BASE;
}
