/** ColorBrewer YlGnBu, 7 classes: sequential, light to dark, safe for colour-blind readers. */
export const HEAT = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'] as const;

/** The colour of a value on an equal-interval scale from 0 to max. */
export function heatColour(value: number, max: number): string {
  if (max <= 0) return HEAT[0];
  const i = Math.min(HEAT.length - 1, Math.floor((value / max) * HEAT.length));
  return HEAT[i] ?? HEAT[0];
}

/** Dark cells need light text. */
export const textOn = (colour: string): string =>
  HEAT.indexOf(colour as (typeof HEAT)[number]) >= 4 ? '#fff' : '#1f2937';
