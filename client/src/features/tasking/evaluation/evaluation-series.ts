import type { Evaluation } from '../../../../../server/contract/evaluation.ts';
import { ZONES, type Zone } from './evaluation-format.ts';

export type IndexedRow = { month: string } & Record<Zone, number | null> & Record<`${Zone}Count`, number>;

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Each zone's monthly counts as an index, 100 being its own monthly mean in the before window: the
 * control holds many times the target's contacts, and this puts the three on one scale so the eye
 * compares their changes, which is what the test compares. Null for a zone with nothing before.
 */
export function indexedSeries(e: Evaluation): IndexedRow[] {
  const before = new Set(e.before.months);
  const base = Object.fromEntries(
    ZONES.map((z) => [z, mean(e.series.filter((r) => before.has(r.month)).map((r) => r[z]))]),
  ) as Record<Zone, number>;
  return e.series.map((r) => {
    const row = { month: r.month } as IndexedRow;
    for (const z of ZONES) {
      row[z] = base[z] > 0 ? (r[z] / base[z]) * 100 : null;
      row[`${z}Count`] = r[z];
    }
    return row;
  });
}
