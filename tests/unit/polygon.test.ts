import { describe, expect, it } from 'vitest';
import { bboxOf, clipToConvex, pointInRing, signedArea, type Ring } from '../../server/geo/polygon.ts';
import { bngToWgs84, wgs84ToBng } from '../../server/geo/projection.ts';

const square = (x: number, y: number, side: number): Ring => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
];

describe('polygons', () => {
  it('measures signed area by orientation', () => {
    expect(signedArea(square(0, 0, 10))).toBe(100);
    expect(signedArea([...square(0, 0, 10)].reverse())).toBe(-100);
  });

  it('clips to the overlap of two squares', () => {
    const overlap = clipToConvex(square(0, 0, 10), square(5, 5, 10));
    expect(Math.abs(signedArea(overlap))).toBeCloseTo(25, 9);
    expect(bboxOf(overlap)).toEqual([5, 5, 10, 10]);
  });

  it('clips a non-convex subject by a convex window', () => {
    const ell: Ring = [
      [0, 0],
      [4, 0],
      [4, 1],
      [1, 1],
      [1, 4],
      [0, 4],
    ];
    expect(Math.abs(signedArea(clipToConvex(ell, square(0, 0, 2))))).toBeCloseTo(3, 9);
  });

  it('tells inside from outside', () => {
    const ring = square(0, 0, 10);
    expect(pointInRing([5, 5], ring)).toBe(true);
    expect(pointInRing([10.5, 5], ring)).toBe(false);
    expect(pointInRing([-0.1, 9], ring)).toBe(false);
  });
});

describe('British National Grid', () => {
  it("puts Nelson's Column (TQ 30036 80388) where WGS84 maps show it", () => {
    const [lon, lat] = bngToWgs84(530_036, 180_388);
    expect(lat).toBeCloseTo(51.50772, 3);
    expect(lon).toBeCloseTo(-0.12797, 3);
  });

  it('round-trips to the centimetre', () => {
    const [lon, lat] = bngToWgs84(441_500, 258_500);
    const [e, n] = wgs84ToBng(lon, lat);
    expect(e).toBeCloseTo(441_500, 2);
    expect(n).toBeCloseTo(258_500, 2);
  });
});
