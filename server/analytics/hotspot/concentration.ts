/** One point of a concentration curve: the top placeShare of places hold contactShare of the contacts. */
export interface ConcentrationPoint {
  placeShare: number;
  contactShare: number;
}

/**
 * The concentration curve of contacts over places (or cells), busiest first: (0, 0), then one point per
 * place. Places with no contacts must be included, as they set the share of places. Empty when there
 * are no contacts.
 */
export function concentrationCurve(counts: readonly number[]): ConcentrationPoint[] {
  if (counts.some((c) => !(c >= 0))) throw new RangeError('counts must be numbers >= 0');
  const total = counts.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return [];
  const sorted = [...counts].sort((a, b) => b - a);
  const curve: ConcentrationPoint[] = [{ placeShare: 0, contactShare: 0 }];
  let running = 0;
  sorted.forEach((c, i) => {
    running += c;
    curve.push({ placeShare: (i + 1) / sorted.length, contactShare: running / total });
  });
  return curve;
}

/** Share of contacts in the busiest `fraction` of places, read off the curve by linear interpolation. */
export function shareInTop(curve: readonly ConcentrationPoint[], fraction: number): number {
  const places = curve.length - 1;
  if (places < 1) return Number.NaN;
  const at = Math.min(Math.max(fraction, 0), 1) * places;
  const i = Math.min(Math.floor(at), places - 1);
  const [a, b] = [curve[i] as ConcentrationPoint, curve[i + 1] as ConcentrationPoint];
  return a.contactShare + (at - i) * (b.contactShare - a.contactShare);
}

export interface ConcentrationSummary {
  places: number;
  contacts: number;
  /** Shares of contacts in the busiest 1%, 5% and 10% of places; null without contacts. */
  top1: number | null;
  top5: number | null;
  top10: number | null;
  /** Gini coefficient, 2 x (area under the curve) - 1: 0 when every place has the same count. */
  gini: number | null;
  /** Places with 2 or more contacts, and their share of all contacts. */
  repeatPlaces: number;
  repeatShare: number | null;
}

/** Concentration of contacts over places: top 1/5/10% shares, Gini and repeat places (2 or more). */
export function concentrationSummary(counts: readonly number[]): ConcentrationSummary {
  const curve = concentrationCurve(counts);
  const contacts = counts.reduce((a, b) => a + b, 0);
  const repeats = counts.filter((c) => c >= 2);
  const share = (f: number) => (curve.length > 0 ? shareInTop(curve, f) : null);
  let area = 0;
  for (let i = 1; i < curve.length; i++) {
    const [a, b] = [curve[i - 1] as ConcentrationPoint, curve[i] as ConcentrationPoint];
    area += ((b.placeShare - a.placeShare) * (a.contactShare + b.contactShare)) / 2;
  }
  return {
    places: counts.length,
    contacts,
    top1: share(0.01),
    top5: share(0.05),
    top10: share(0.1),
    gini: curve.length > 0 ? 2 * area - 1 : null,
    repeatPlaces: repeats.length,
    repeatShare: contacts > 0 ? repeats.reduce((a, b) => a + b, 0) / contacts : null,
  };
}
