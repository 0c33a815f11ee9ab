import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import type { IndexedArea } from '../../server/geo/area-index.ts';
import { cellKey, cellOf, FINEST_LEVEL, JOIN_LEVELS } from '../../server/geo/cell-key.ts';
import { buildLookupCells } from '../../server/geo/cell-tree.ts';

// A concave "C", a square with a hole, and a two-part MultiPolygon, near Leicester.
const ring = (pts: [number, number][]) => [...pts, pts[0] as [number, number]];
const AREAS: IndexedArea[] = [
  {
    code: 'C',
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [-1.2, 52.6],
          [-1.1, 52.6],
          [-1.1, 52.62],
          [-1.18, 52.62],
          [-1.18, 52.68],
          [-1.1, 52.68],
          [-1.1, 52.7],
          [-1.2, 52.7],
        ]),
      ],
    },
  },
  {
    code: 'H',
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [-1.1, 52.6],
          [-1.0, 52.6],
          [-1.0, 52.7],
          [-1.1, 52.7],
        ]),
        ring([
          [-1.07, 52.63],
          [-1.03, 52.63],
          [-1.03, 52.67],
          [-1.07, 52.67],
        ]),
      ],
    },
  },
  {
    code: 'M',
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          ring([
            [-1.17, 52.63],
            [-1.12, 52.63],
            [-1.12, 52.67],
            [-1.17, 52.67],
          ]),
        ],
        [
          ring([
            [-1.06, 52.64],
            [-1.04, 52.64],
            [-1.04, 52.66],
            [-1.06, 52.66],
          ]),
        ],
      ],
    },
  },
];

const bruteForce = (lon: number, lat: number): number =>
  AREAS.findIndex((a) => booleanPointInPolygon([lon, lat], a.geometry));

describe('lookup cells', () => {
  const levels = buildLookupCells(AREAS);
  const lookup = new Map(
    levels.map((l) => [l.level, new Map(l.keys.map((k, i) => [k, l.areas[i] as number]))]),
  );
  const find = (lon: number, lat: number): number | undefined => {
    for (const level of JOIN_LEVELS) {
      const area = lookup.get(level)?.get(cellKey(cellOf(level, lon, lat)));
      if (area !== undefined) return area;
    }
    return undefined;
  };

  it('put every point of a whole cell in the area turf finds, and no point in two cells', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let exact = 0;
    for (let k = 0; k < 20_000; k++) {
      const [lon, lat] = [-1.22 + 0.24 * random(), 52.58 + 0.14 * random()];
      const hits = JOIN_LEVELS.filter((l) => lookup.get(l)?.has(cellKey(cellOf(l, lon, lat))));
      expect(hits.length).toBeLessThanOrEqual(1);
      const area = find(lon, lat);
      if (area === -1) exact++;
      else expect(area ?? -1).toBe(bruteForce(lon, lat));
    }
    expect(exact / 20_000).toBeLessThan(0.02);
  });

  it('leave points on an edge to the exact test', () => {
    for (const [lon, lat] of [
      [-1.1, 52.65],
      [-1.07, 52.65],
      [-1.2, 52.6],
      [-1.12, 52.64],
    ] as const)
      expect(find(lon, lat)).toBe(-1);
  });

  it('store crossed cells only at the finest level', () => {
    for (const l of levels) if (l.level !== FINEST_LEVEL) expect(l.areas.includes(-1)).toBe(false);
  });
});
