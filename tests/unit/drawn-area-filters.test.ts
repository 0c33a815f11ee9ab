import { describe, expect, it } from 'vitest';
import { baseLayerOf } from '../../client/src/features/map/draw/map-layer.ts';
import { readFilters } from '../../client/src/lib/url-filters.ts';
import { isDrawnLayer } from '../../server/contract/drawn-areas.ts';

const known = { agencies: new Set(['police']), layers: new Set(['ward', 'district']) };
const read = (search: string) => readFilters(new URLSearchParams(search), known);

describe('a drawn area in the address bar', () => {
  it('is a usable area filter although /api/options lists only base layers', () => {
    const { filters, issues } = read('area=drawn_k3v9x2m7qa:k3v9x2m7qa');
    expect(issues).toEqual([]);
    expect(filters.area).toEqual({ layer: 'drawn_k3v9x2m7qa', code: 'k3v9x2m7qa' });
  });

  it('does not excuse a layer that is neither loaded nor drawn', () => {
    const { filters, issues } = read('area=drawnish:X1');
    expect(filters.area).toBeNull();
    expect(issues.map((i) => i.param)).toEqual(['area']);
  });

  it('leaves the map on its usual layer, while a base area keeps the map on its own layer', () => {
    expect(baseLayerOf({ layer: 'drawn_k3v9x2m7qa', code: 'k3v9x2m7qa' })).toBeUndefined();
    expect(baseLayerOf({ layer: 'ward', code: 'W1' })).toBe('ward');
    expect(baseLayerOf(null)).toBeUndefined();
    expect([isDrawnLayer('drawn_1'), isDrawnLayer('drawnish'), isDrawnLayer('ward')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
