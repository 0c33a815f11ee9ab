import { giStarAreas } from '../../analytics/hotspot/gi-star.ts';
import { significance } from '../../analytics/hotspot/significance.ts';
import type { AreaHotspotQuery, AreaHotspots } from '../../contract/hotspots.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { areaCounts, type AreaCount } from '../../queries/area-counts.ts';
import { listLayers } from '../../queries/boundaries.ts';
import { dataVersion } from '../../queries/meta.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { chooseValue, ratePer1000, valuesOf, type AreaValue } from './area-hotspot-value.ts';
import { layerNeighbours } from './area-neighbours.ts';

const finite = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);

/**
 * Getis-Ord Gi* over the areas of a boundary layer under the filters, with binary queen-contiguity
 * weights (each area in its own neighbourhood). Islands count in the layer's mean and spread but get no
 * z: a neighbourhood of one area says nothing about clustering. Classes use the BH-adjusted p.
 */
export async function getAreaHotspots(
  db: Db,
  q: AreaHotspotQuery,
  { filters }: ResolvedFilters,
): Promise<AreaHotspots> {
  // Drawn areas are layers of one area each: not a map to test.
  const layer = (await listLayers(db)).find((l) => l.id === q.layer);
  if (!layer) throw invalidInput('layer', `Unknown boundary layer '${q.layer}'.`);
  const [areas, contiguity] = await Promise.all([
    areaCounts(db, layer.id, filters),
    dataVersion(db).then((v) => layerNeighbours(db, v, layer.id)),
  ]);
  const { value, note } = chooseValue(q.value, areas);
  const neighbours = neighboursInOrder(areas, contiguity);
  const gi = giStarAreas(valuesOf(areas, value), neighbours);
  const z = gi.z.map((x, i) => (neighbours[i]?.length ? x : Number.NaN));
  const sig = significance(z);
  const islands = areas.filter((_, i) => neighbours[i]?.length === 0).map((a) => a.code);
  const classes = sig.classes;
  return {
    layer: { id: layer.id, name: layer.name },
    period: { from: filters.from, to: filters.to },
    method: {
      weights: 'queen_contiguity',
      style: 'binary',
      selfIncluded: true,
      value,
      valueNote: note,
      fdr: 'benjamini-hochberg',
      rule: ruleText(value, areas.length - islands.length),
    },
    summary: {
      areas: areas.length,
      tested: areas.length - islands.length,
      islands,
      hot: classes.filter((c) => c?.startsWith('hot_')).length,
      cold: classes.filter((c) => c?.startsWith('cold_')).length,
    },
    areas: areas.map((a, i) => ({
      code: a.code,
      name: a.name,
      population: a.population,
      count: a.contacts,
      rate: ratePer1000(a),
      z: finite(z[i]),
      p: finite(sig.p[i]),
      pAdjusted: finite(sig.pAdjusted[i]),
      class: classes[i] ?? null,
      neighbours: (neighbours[i] ?? []).map((j) => areas[j]?.code ?? ''),
    })),
  };
}

/** The layer's neighbour lists re-indexed to the order of the counted areas (both come from the area table). */
function neighboursInOrder(
  areas: readonly AreaCount[],
  c: { codes: string[]; neighbours: number[][] },
): number[][] {
  const at = new Map(areas.map((a, i) => [a.code, i]));
  const listOf = new Map(c.codes.map((code, k) => [code, c.neighbours[k] ?? []]));
  return areas.map((a) =>
    (listOf.get(a.code) ?? [])
      .map((k) => at.get(c.codes[k] ?? ''))
      .filter((i): i is number => i !== undefined)
      .sort((x, y) => x - y),
  );
}

function ruleText(value: AreaValue, tested: number): string {
  const what = value === 'rate' ? 'contacts per 1,000 residents' : 'the number of contacts';
  return (
    `Getis-Ord Gi* on ${what}, with binary queen-contiguity weights: each area's neighbourhood is the ` +
    'area itself and every area sharing a boundary point with it. z compares the neighbourhood’s total ' +
    `with the layer-wide mean; the two-sided p-values of the ${tested} areas with neighbours are adjusted ` +
    'for false discoveries (Benjamini-Hochberg), and an area is hot or cold at 99, 95 or 90% confidence ' +
    'where the adjusted p is under 0.01, 0.05 or 0.10. Areas without neighbours are not tested.'
  );
}
