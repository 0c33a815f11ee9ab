import { poissonRate, RATE_PER } from '../analytics/poisson-interval.ts';
import type { AreaStats } from '../contract/dashboard.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { areaCounts, layerCount } from '../queries/area-counts.ts';
import { findLayer } from '../queries/boundaries.ts';
import type { ResolvedFilters } from './resolve-filters.ts';

/** Every area of a layer with its contacts under the filters and its rate per 1,000 residents. */
export async function getAreas(db: Db, layerId: string, { filters }: ResolvedFilters): Promise<AreaStats> {
  const layer = await findLayer(db, layerId);
  if (!layer) throw notFound(`Boundary layer '${layerId}'`);
  const [areas, whole] = await Promise.all([
    areaCounts(db, layerId, filters),
    layerCount(db, layerId, filters),
  ]);
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
    areas: areas.map((a) => ({ ...a, ...poissonRate(a.contacts, a.population) })),
  };
}
