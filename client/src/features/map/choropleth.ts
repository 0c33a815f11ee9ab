import type { AreaStat } from './api/areas.ts';

/** ColorBrewer YlOrRd, 5 classes: sequential light to dark, marked safe for colour-blind readers. */
export const SEQUENTIAL = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** SVG pattern id for areas without residents (no rate); boundary-map.tsx defines it. */
export const NO_RESIDENTS_PATTERN = 'no-residents-hatch';

/**
 * 'versus': above, below or not different from the force-wide rate (a test, not a quantity);
 * 'gistar': Getis-Ord Gi* hot and cold areas (an area with its neighbours against the layer).
 */
export type Measure = 'rate' | 'count' | 'versus' | 'gistar';

export interface ColourClass {
  /** Lowest and highest value in the class. */
  low: number;
  high: number;
  colour: string;
  areas: number;
}

/** The value an area is coloured by, or null when it has none (no residents, for a rate). */
export const valueOf = (a: AreaStat, measure: Measure): number | null =>
  measure === 'count' ? a.contacts : a.rate;

/**
 * Quantile classes: the sorted values cut at each fifth by nearest rank, so each class holds about a fifth
 * of the areas. Tied values never straddle a cut, so there may be fewer classes; they keep the palette's
 * ends, lightest for the lowest.
 */
export function quantileClasses(values: readonly number[], k = SEQUENTIAL.length): ColourClass[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const uppers = [
    ...new Set(
      Array.from({ length: k }, (_, i) => sorted[Math.ceil(((i + 1) / k) * sorted.length) - 1] as number),
    ),
  ];
  const classes = uppers.map((high, i) => {
    const inClass = sorted.filter((v) => v <= high && (i === 0 || v > (uppers[i - 1] as number)));
    return { low: inClass[0] ?? high, high, areas: inClass.length, colour: '' };
  });
  return classes.map((c, i) => ({ ...c, colour: colourAt(i, classes.length) }));
}

function colourAt(i: number, n: number): string {
  const last = SEQUENTIAL.length - 1;
  const at = n === 1 ? Math.floor(last / 2) : Math.round((i * last) / (n - 1));
  return SEQUENTIAL[at] as string;
}

/** The colour of a value: its class's, or the no-residents hatch for a missing value. */
export function colourOf(value: number | null, classes: readonly ColourClass[]): string {
  if (value === null) return `url(#${NO_RESIDENTS_PATTERN})`;
  const c = classes.find((k) => value <= k.high) ?? classes.at(-1);
  return c?.colour ?? SEQUENTIAL[0];
}

/**
 * The measure asked for, or what can be shown: counts without residents, rates when areas were not
 * tested. Gi* runs on counts where there are no residents, so it needs only to be available.
 */
export function shownMeasure(
  asked: Measure,
  rateAvailable: boolean,
  versusAvailable: boolean,
  gistarAvailable = false,
): Measure {
  if (asked === 'gistar' && gistarAvailable) return 'gistar';
  if (!rateAvailable) return 'count';
  if (asked === 'gistar') return 'rate';
  return asked === 'versus' && !versusAvailable ? 'rate' : asked;
}
