import { describe, expect, it } from 'vitest';
import { buildDemoGeography } from '../../server/generate/demoshire/demoshire-geography.ts';
import { demoBoundaryLayers } from '../../server/generate/demoshire/demoshire-layers.ts';
import { createRandom } from '../../server/generate/random.ts';
import { signedArea } from '../../server/geo/polygon.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';

const geography = buildDemoGeography(createRandom(20240401));
const area = (ring: Parameters<typeof signedArea>[0]) => Math.abs(signedArea(ring));

describe('demo geography', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(buildDemoGeography(createRandom(20240401))).toEqual(geography);
    expect(buildDemoGeography(createRandom(99)).wards[0]?.ring).not.toEqual(geography.wards[0]?.ring);
  });

  it('has 20 wards, each split into small areas of 1,200 to 1,900 residents', () => {
    expect(geography.wards).toHaveLength(20);
    expect(new Set(geography.smallAreas.map((s) => s.code)).size).toBe(geography.smallAreas.length);
    for (const ward of geography.wards) {
      const children = geography.smallAreas.filter((s) => s.wardCode === ward.code);
      expect(children.length).toBeGreaterThanOrEqual(3);
      expect(ward.population).toBe(children.reduce((s, c) => s + c.population, 0));
      for (const c of children) expect(c.population).toBeGreaterThanOrEqual(1_200);
      for (const c of children) expect(c.population).toBeLessThanOrEqual(1_900);
    }
    expect(geography.district.population).toBe(geography.wards.reduce((s, w) => s + w.population, 0));
  });

  it('tiles the district with wards and each ward with its small areas (no gaps, no overlaps)', () => {
    const district = area(geography.district.ring);
    expect(district / 1e6).toBeGreaterThan(150); // km2
    expect(geography.wards.reduce((s, w) => s + area(w.ring), 0)).toBeCloseTo(district, -1);
    for (const ward of geography.wards) {
      const children = geography.smallAreas.filter((s) => s.wardCode === ward.code);
      expect(children.reduce((s, c) => s + area(c.ring), 0)).toBeCloseTo(area(ward.ring), -1);
    }
  });

  it('stores each ring as WGS84 lon/lat of its BNG vertices', () => {
    const ward = geography.wards[3];
    const [e, n] = ward?.ring[0] ?? [0, 0];
    const [lon, lat] = bngToWgs84(e, n);
    expect(ward?.lonLat[0]?.[0]).toBeCloseTo(lon, 6);
    expect(ward?.lonLat[0]?.[1]).toBeCloseTo(lat, 6);
    expect(lat).toBeGreaterThan(49.9);
    expect(lat).toBeLessThan(55.8);
  });

  it('becomes three boundary layers of closed GeoJSON polygons', () => {
    const layers = demoBoundaryLayers(geography);
    expect(layers.map((l) => [l.id, l.areas.length])).toEqual([
      ['district', 1],
      ['ward', 20],
      ['small_area', geography.smallAreas.length],
    ]);
    const ring = layers[1]?.areas[0]?.geometry.coordinates[0] as number[][];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });
});
