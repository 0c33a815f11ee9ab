import { versusForceRate } from '../analytics/hotspot/area-significance.ts';
import { poissonRate, RATE_PER } from '../analytics/poisson-interval.ts';
import type { AreaStats } from '../contract/dashboard.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { areaCounts, layerCount, type AreaCount, type LayerCount } from '../queries/area-counts.ts';
import { findLayer } from '../queries/boundaries.ts';
import type { ResolvedFilters } from './resolve-filters.ts';

const ALPHA = 0.05;
const UNTESTED = { expected: null, pValue: null, pAdjusted: null, versusForce: null };

/** Every area of a layer with its contacts under the filters, its rate per 1,000 residents and how it compares with the force. */
export async function getAreas(db: Db, layerId: string, { filters }: ResolvedFilters): Promise<AreaStats> {
  const layer = await findLayer(db, layerId);
  if (!layer) throw notFound(`Boundary layer '${layerId}'`);
  const [areas, whole] = await Promise.all([
    areaCounts(db, layerId, filters),
    layerCount(db, layerId, filters),
  ]);
  // With one area in the filters the others hold nothing by construction: no force-wide rate to test against.
  const tested = filters.area === null && whole.population !== null && whole.population > 0;
  const compared = tested ? compareWithForce(areas, whole) : null;
  return {
    layer: { id: layer.id, name: layer.name },
    period: { from: filters.from, to: filters.to },
    ratePer: RATE_PER,
    confidence: 0.95,
    total: {
      contacts: whole.contacts,
      contactsWithPopulation: whole.contacts_with_population,
      population: whole.population,
      outsideLayer: whole.outside_layer,
      ...poissonRate(whole.contacts_with_population, whole.population),
    },
    areas: areas.map((a, i) => ({
      ...a,
      ...poissonRate(a.contacts, a.population),
      ...(compared?.verdicts[i] ?? UNTESTED),
    })),
    significance: compared?.summary ?? null,
  };
}

function compareWithForce(areas: readonly AreaCount[], whole: LayerCount) {
  const perResident = whole.contacts_with_population / (whole.population as number);
  const found = versusForceRate(areas, perResident, ALPHA);
  const verdicts = found.map((v) =>
    v ? { expected: v.expected, pValue: v.pValue, pAdjusted: v.pAdjusted, versusForce: v.verdict } : UNTESTED,
  );
  const count = (verdict: string) => found.filter((v) => v?.verdict === verdict).length;
  return {
    verdicts,
    summary: {
      forceRate: perResident * RATE_PER,
      alpha: ALPHA as 0.05,
      tested: found.filter((v) => v !== null).length,
      above: count('above'),
      below: count('below'),
      rule:
        'Each area’s contacts are tested against its residents × the force-wide rate (exact two-sided ' +
        'Poisson test); p-values are adjusted across the areas (Benjamini-Hochberg) and an area is ' +
        'significantly above or below where the adjusted p < 0.05. Areas differ for more reasons than ' +
        'chance, so large areas are flagged easily: read the rate interval too.',
    },
  };
}
