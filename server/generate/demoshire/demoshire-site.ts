import { bboxOf } from '../../geo/polygon.ts';
import { createRandom } from '../random.ts';
import { areaShape } from '../site/area-shape.ts';
import { buildAreaIndex, type Site, type SiteArea } from '../site/site.ts';
import { agencyIndex } from '../world/agencies.ts';
import { buildDemoGeography, DEMO_CENTRE, type DemoGeography, type DemoWard } from './demoshire-geography.ts';
import { demoBoundaryLayers, LAYER } from './demoshire-layers.ts';

/**
 * Demoshire is one fixed place whatever the records' seed, so contacts generated with any seed fit the
 * layers already stored. This was the demo's default seed before the generator, so older demo
 * databases hold the same layers.
 */
export const DEMOSHIRE_SEED = 20240401;

export const buildDemoshire = (): DemoGeography => buildDemoGeography(createRandom(DEMOSHIRE_SEED));

/** The fictional district as a generator site: its small areas, tagged with ward and district too. */
export function demoshireSite(geography = buildDemoshire()): Site {
  // A made-up deprivation: some wards, and some small areas within them, generate more contacts.
  const random = createRandom(DEMOSHIRE_SEED ^ 0x2545f491);
  const wardFactor = new Map(geography.wards.map((w) => [w.code, Math.exp(0.25 * random.normal())]));
  const wards = new Map(geography.wards.map((w) => [w.code, w]));
  const areas = geography.smallAreas.map((sa): SiteArea => {
    const ward = wards.get(sa.wardCode) as DemoWard;
    return {
      code: sa.code,
      name: sa.name,
      population: sa.population,
      propensity: (wardFactor.get(ward.code) as number) * Math.exp(0.15 * random.normal()),
      urban: ward.urban,
      council: agencyIndex(councilOf(ward)),
      shape: areaShape([sa.ring]),
      tags: [
        { layerId: LAYER.smallArea, code: sa.code },
        { layerId: LAYER.ward, code: ward.code },
        { layerId: LAYER.district, code: geography.district.code },
      ],
    };
  });
  const indexOf = new Map(areas.map((a, i) => [a.code, i]));
  return {
    source: 'demo',
    layerId: LAYER.smallArea,
    areas,
    centre: DEMO_CENTRE,
    coldSpotCandidates: geography.wards.map((w) => ({
      layerId: LAYER.ward,
      code: w.code,
      name: w.name,
      population: w.population,
      areas: geography.smallAreas
        .filter((sa) => sa.wardCode === w.code)
        .map((sa) => indexOf.get(sa.code) as number),
    })),
    boundaryLayers: demoBoundaryLayers(geography),
    index: buildAreaIndex(areas),
  };
}

/** Inner wards: the city council; the outer ones: the district council to the west, the borough to the east. */
function councilOf(ward: DemoWard): string {
  if (ward.urban) return 'city_council';
  const [minX, , maxX] = bboxOf(ward.ring);
  return (minX + maxX) / 2 < DEMO_CENTRE[0] ? 'district_council' : 'borough_council';
}
