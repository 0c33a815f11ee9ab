import { concentrationCurve, concentrationSummary, shareInTop } from './concentration.ts';

export interface ConcentrationProfile {
  units: number;
  contacts: number;
  top1: number | null;
  top5: number | null;
  top10: number | null;
  gini: number | null;
  repeatUnits: number;
  repeatShare: number | null;
  /** The curve read at unitShare = 0, 1/steps, ..., 1; empty without contacts. */
  curve: { unitShare: number; contactShare: number }[];
}

/** concentrationSummary with its curve cut at `steps` even shares of the units, small enough to draw. */
export function concentrationProfile(counts: readonly number[], steps = 100): ConcentrationProfile {
  const s = concentrationSummary(counts);
  const full = concentrationCurve(counts);
  const curve =
    full.length === 0
      ? []
      : Array.from({ length: steps + 1 }, (_, i) => ({
          unitShare: i / steps,
          contactShare: i === steps ? 1 : shareInTop(full, i / steps),
        }));
  return {
    units: s.places,
    contacts: s.contacts,
    top1: s.top1,
    top5: s.top5,
    top10: s.top10,
    gini: s.gini,
    repeatUnits: s.repeatPlaces,
    repeatShare: s.repeatShare,
    curve,
  };
}
