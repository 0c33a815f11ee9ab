import type { Mask } from './grid.ts';

export interface AccuracyInput {
  /** Contacts of the test (next) period per cell or area. */
  test: ArrayLike<number>;
  /** The cells the map flagged as hotspots (from a training period). */
  flagged: Mask;
  /** Area of each cell; equal areas when omitted (a grid). Any unit: only ratios are used. */
  area?: ArrayLike<number>;
  /** Cells that count; flagged cells outside are ignored. All when omitted. */
  inStudyArea?: Mask;
}

export interface Accuracy {
  /** n/N: share of the test period's contacts in the flagged cells. */
  hitRate: number;
  /** a/A: share of the study area flagged. */
  areaShare: number;
  /** Predictive Accuracy Index (n/N) / (a/A); NaN when nothing is flagged or there are no contacts. */
  pai: number;
  /** PAI over the best PAI for the same flagged area, = n / n*; 1 is a perfect map. */
  pei: number;
}

/**
 * PAI = (n/N) / (a/A) and PEI = PAI / PAI* for one flagged set, PAI* taking the test period's busiest
 * cells (highest count per unit area) up to the same area, the last one in part: exact for equal
 * cells, and for unequal areas an upper bound on the best, so PEI is then a lower bound.
 */
export function mapAccuracy(input: AccuracyInput): Accuracy {
  const { test, flagged } = input;
  const areaOf = (k: number) => (input.area ? (input.area[k] as number) : 1);
  const cells: number[] = [];
  for (let k = 0; k < test.length; k++) if (!input.inStudyArea || input.inStudyArea[k]) cells.push(k);
  let [n, N, a, A] = [0, 0, 0, 0];
  for (const k of cells) {
    N += test[k] as number;
    A += areaOf(k);
    if (!flagged[k]) continue;
    n += test[k] as number;
    a += areaOf(k);
  }
  const best = bestHits(cells, test, areaOf, a);
  const hitRate = n / N;
  const areaShare = a / A;
  return {
    hitRate,
    areaShare,
    pai: a > 0 ? hitRate / areaShare : Number.NaN,
    pei: best > 0 ? n / best : Number.NaN,
  };
}

/** The most contacts any set of cells of total area `budget` could hold: busiest per unit area first. */
function bestHits(
  cells: number[],
  test: ArrayLike<number>,
  areaOf: (k: number) => number,
  budget: number,
): number {
  const byDensity = [...cells].sort(
    (i, j) => (test[j] as number) / areaOf(j) - (test[i] as number) / areaOf(i),
  );
  let [left, hits] = [budget, 0];
  for (const k of byDensity) {
    if (left <= 0) break;
    const take = Math.min(1, left / areaOf(k));
    hits += take * (test[k] as number);
    left -= take * areaOf(k);
  }
  return hits;
}

/**
 * Flags the top `fraction` of study-area cells of a training surface (KDE, counts or Gi* z):
 * round(fraction x study cells) cells, highest first, ties at the cut going to the lower index so the
 * flagged area is exactly the fraction asked for. NaN values are never flagged.
 */
export function flagTop(surface: ArrayLike<number>, fraction: number, inStudyArea?: Mask): Uint8Array {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be in [0, 1]: ${fraction}`);
  const cells: number[] = [];
  for (let k = 0; k < surface.length; k++) if (!inStudyArea || inStudyArea[k]) cells.push(k);
  const ranked = cells
    .filter((k) => !Number.isNaN(surface[k] as number))
    .sort((i, j) => (surface[j] as number) - (surface[i] as number) || i - j);
  const flagged = new Uint8Array(surface.length);
  for (const k of ranked.slice(0, Math.round(fraction * cells.length))) flagged[k] = 1;
  return flagged;
}
