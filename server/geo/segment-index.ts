import Flatbush from 'flatbush';
import { clipPolyline, type BoundingBox, type Point } from 'lineclip';
import type { AreaGeometry } from './boundary.ts';

/** Every edge of every ring of a layer's areas, indexed by flatbush for "does any edge touch this box". */
export class SegmentIndex {
  private readonly index: Flatbush;
  private readonly segments: Float64Array;

  constructor(geometries: readonly AreaGeometry[]) {
    const coords: number[] = [];
    for (const g of geometries)
      for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
        for (const ring of polygon)
          for (let i = 1; i < ring.length; i++) {
            const [a, b] = [ring[i - 1] as number[], ring[i] as number[]];
            coords.push(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
          }
    this.segments = Float64Array.from(coords);
    const n = this.segments.length / 4;
    this.index = new Flatbush(Math.max(1, n));
    for (let s = 0; s < n; s++) {
      const [x1, y1, x2, y2] = this.segment(s);
      this.index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    if (n === 0) this.index.add(Infinity, Infinity, Infinity, Infinity);
    this.index.finish();
    this.count = n;
  }

  private readonly count: number;

  /** Segments whose bounding box meets the box: a superset of those that cross it. */
  near(box: BoundingBox): number[] {
    return this.index.search(...box).filter((s) => s < this.count);
  }

  /** Of the given segments, those that touch the closed box (lineclip's Cohen-Sutherland test). */
  touching(box: BoundingBox, among: readonly number[]): number[] {
    return among.filter((s) => {
      const [x1, y1, x2, y2] = this.segment(s);
      const line: Point[] = [
        [x1, y1],
        [x2, y2],
      ];
      return clipPolyline(line, box).length > 0;
    });
  }

  private segment(s: number): [number, number, number, number] {
    const o = s * 4;
    const v = this.segments;
    return [v[o] as number, v[o + 1] as number, v[o + 2] as number, v[o + 3] as number];
  }
}
