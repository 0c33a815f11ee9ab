import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { AreaGeometry } from './boundary.ts';

export interface IndexedArea {
  code: string;
  geometry: AreaGeometry;
}

interface Entry extends IndexedArea {
  /** Position in the array the index was built from. */
  input: number;
}

/**
 * Finds the area holding a point: flatbush over the areas' bounding boxes, then turf's exact test,
 * edges included. Where a point lies in two areas (on a shared edge) the lowest code wins, so
 * every point gets exactly one area of a layer.
 */
export class AreaIndex {
  private readonly index: Flatbush;
  private readonly entries: Entry[];
  private readonly boxes: Float64Array;

  constructor(areas: readonly IndexedArea[]) {
    this.entries = areas
      .map((a, input) => ({ ...a, input }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    this.index = new Flatbush(Math.max(1, this.entries.length));
    this.boxes = new Float64Array(this.entries.length * 4);
    this.entries.forEach((a, i) => {
      const box = geometryBox(a.geometry);
      this.boxes.set(box, i * 4);
      this.index.add(...box);
    });
    if (this.entries.length === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  /** Positions (in code order) of the areas whose bounding box meets the box. */
  candidates(minX: number, minY: number, maxX: number, maxY: number): number[] {
    return this.index
      .search(minX, minY, maxX, maxY)
      .filter((i) => i < this.entries.length)
      .sort((a, b) => a - b);
  }

  /** Of the given candidates, those whose bounding box meets the box (cheaper than a search in a small set). */
  within(among: readonly number[], minX: number, minY: number, maxX: number, maxY: number): number[] {
    const b = this.boxes;
    const out: number[] = [];
    // A plain loop: the lookup build calls this for every cell it visits.
    for (const i of among)
      if (
        (b[i * 4] as number) <= maxX &&
        (b[i * 4 + 1] as number) <= maxY &&
        (b[i * 4 + 2] as number) >= minX &&
        (b[i * 4 + 3] as number) >= minY
      )
        out.push(i);
    return out;
  }

  /** The input position of the area holding [lon, lat], testing only the given candidates; -1 if none. */
  inputAt(lon: number, lat: number, candidates = this.candidates(lon, lat, lon, lat)): number {
    for (const i of candidates) {
      const entry = this.entries[i] as Entry;
      if (booleanPointInPolygon([lon, lat], entry.geometry)) return entry.input;
    }
    return -1;
  }
}

export function geometryBox(g: AreaGeometry): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const polygon of polygons)
    for (const [x, y] of polygon[0] ?? []) {
      if (x === undefined || y === undefined) continue;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  return [minX, minY, maxX, maxY];
}
