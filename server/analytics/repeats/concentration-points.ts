import { concentrationCurve, shareInTop } from '../hotspot/concentration.ts';

/**
 * The concentration curve read every 1/steps of the references (busiest first), so a chart gets
 * steps + 1 points however many references there are. Empty without complaints.
 */
export function concentrationPoints(
  counts: readonly number[],
  steps = 100,
): { referenceShare: number; complaintShare: number }[] {
  const curve = concentrationCurve(counts);
  if (curve.length === 0) return [];
  return Array.from({ length: steps + 1 }, (_, i) => ({
    referenceShare: i / steps,
    complaintShare: shareInTop(curve, i / steps),
  }));
}
