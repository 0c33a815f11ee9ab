import { groupedConcentration, type CountGroup } from './grouped-concentration.ts';

/**
 * The concentration curve of references grouped by their complaints (`groupedConcentration`), read every
 * 1/steps of the references (busiest first), so a chart gets steps + 1 points however many references
 * there are. Empty without complaints.
 */
export function groupedConcentrationPoints(
  groups: readonly CountGroup[],
  steps = 100,
): { referenceShare: number; complaintShare: number }[] {
  const { summary, share } = groupedConcentration(groups);
  if (summary.contacts === 0) return [];
  return Array.from({ length: steps + 1 }, (_, i) => ({
    referenceShare: i / steps,
    complaintShare: share(i / steps),
  }));
}
