import type { BoundaryLayer } from '../../geo/boundary.ts';
import { polygonArea } from '../../geo/boundary.ts';
import type { DemoArea, DemoGeography } from './demoshire-geography.ts';

export const DEMO_SOURCE = 'demo';

export const LAYER = { district: 'district', ward: 'ward', smallArea: 'small_area' } as const;

/** The demo geography as the three boundary layers stored in boundary_layer and area. */
export function demoBoundaryLayers(g: DemoGeography): BoundaryLayer[] {
  const layer = (id: string, name: string, areas: readonly DemoArea[]): BoundaryLayer => ({
    id,
    name,
    source: DEMO_SOURCE,
    areas: areas.map((a) => polygonArea(a, a.lonLat)),
  });
  return [
    layer(LAYER.district, 'District', [g.district]),
    layer(LAYER.ward, 'Wards', g.wards),
    layer(LAYER.smallArea, 'Small areas (about 1,500 residents)', g.smallAreas),
  ];
}
