/** A point [x, y]: easting/northing in metres or lon/lat in degrees. */
export type Point = readonly [number, number];
/** A simple polygon ring without the repeated closing point. */
export type Ring = readonly Point[];
export type Bbox = readonly [minX: number, minY: number, maxX: number, maxY: number];

/** Shoelace area; positive when the ring runs counter-clockwise. */
export function signedArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as Point;
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

export const counterClockwise = (ring: Ring): Ring => (signedArea(ring) < 0 ? [...ring].reverse() : ring);

/** Drops a GeoJSON-style closing point if present. */
export function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]
    ? ring.slice(0, -1)
    : ring;
}

export const closeRing = (ring: Ring): Point[] => (ring.length ? [...ring, ring[0] as Point] : []);

export function bboxOf(ring: Ring): Bbox {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** Even-odd ray casting. */
export function pointInRing([x, y]: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Sutherland-Hodgman: the part of `subject` inside the convex polygon `clip`. */
export function clipToConvex(subject: Ring, clip: Ring): Ring {
  const edges = counterClockwise(clip);
  let output: Point[] = [...subject];
  for (let i = 0; i < edges.length && output.length > 0; i++) {
    const a = edges[i] as Point;
    const b = edges[(i + 1) % edges.length] as Point;
    const input = output;
    output = [];
    for (let k = 0; k < input.length; k++) {
      const p = input[k] as Point;
      const prev = input[(k + input.length - 1) % input.length] as Point;
      const pIn = cross(a, b, p) >= 0;
      const prevIn = cross(a, b, prev) >= 0;
      if (pIn !== prevIn) output.push(intersection(prev, p, a, b));
      if (pIn) output.push(p);
    }
  }
  return output;
}

const cross = (a: Point, b: Point, p: Point) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);

function intersection(p: Point, q: Point, a: Point, b: Point): Point {
  const t = cross(a, b, p) / (cross(a, b, p) - cross(a, b, q));
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}
