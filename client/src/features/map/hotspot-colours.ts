import type { HotspotClass, HotspotMap } from './api/hotspots.ts';
import { EMERGING_COLOURS } from './emerging-colours.ts';
import { colourOf, quantileClasses, SEQUENTIAL, type ColourClass } from './choropleth.ts';

/** ColorBrewer RdBu, 7 classes: diverging red (hot) to blue (cold), safe for colour-blind readers. */
export const CLASS_COLOURS: Record<HotspotClass, string> = {
  hot_99: '#b2182b',
  hot_95: '#ef8a62',
  hot_90: '#fddbc7',
  // Not significant cells are left unfilled so the significant ones stand out; the legend says so.
  not_significant: 'transparent',
  cold_90: '#d1e5f0',
  cold_95: '#67a9cf',
  cold_99: '#2166ac',
};

export const CLASS_LABELS: Record<HotspotClass, string> = {
  hot_99: 'Hot spot, 99% confidence',
  hot_95: 'Hot spot, 95% confidence',
  hot_90: 'Hot spot, 90% confidence',
  not_significant: 'Not significant',
  cold_90: 'Cold spot, 90% confidence',
  cold_95: 'Cold spot, 95% confidence',
  cold_99: 'Cold spot, 99% confidence',
};

export interface CellFills {
  fills: string[];
  /** Sequential classes for counts and densities; empty for Gi*. */
  classes: ColourClass[];
}

/** Each cell's fill: its Gi* class, or its quantile class of the non-zero counts or densities. */
export function cellFills(h: HotspotMap): CellFills {
  const { classes: gi, density, counts } = h.cells;
  if (h.method === 'gistar' && gi) return { fills: gi.map((c) => CLASS_COLOURS[c]), classes: [] };
  const patterns = h.cells.emerging;
  if (h.method === 'emerging' && patterns) {
    return { fills: patterns.map((c) => EMERGING_COLOURS[c] ?? 'transparent'), classes: [] };
  }
  const kde = h.method === 'kde' && density;
  const values = kde ? density : counts;
  const classes = kde ? upperTailClasses(density) : quantileClasses(values.filter((v) => v > 0));
  return {
    fills: values.map((v) => (v > 0 ? (colourOf(v, classes) ?? 'transparent') : 'transparent')),
    classes,
  };
}

// A density surface is mostly low: finer classes at the top show where the peaks are.
const TAIL_CUTS = [0.5, 0.75, 0.9, 0.975, 1];

/** Classes of the non-zero densities cut at their 50th, 75th, 90th and 97.5th percentiles. */
export function upperTailClasses(values: readonly number[]): ColourClass[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const uppers = [...new Set(TAIL_CUTS.map((q) => sorted[Math.ceil(q * sorted.length) - 1] as number))];
  return uppers.map((high, i) => {
    const inClass = sorted.filter((v) => v <= high && (i === 0 || v > (uppers[i - 1] as number)));
    const at = uppers.length === 1 ? 2 : Math.round((i * 4) / (uppers.length - 1));
    return { low: inClass[0] ?? high, high, areas: inClass.length, colour: SEQUENTIAL[at] as string };
  });
}
