import type { Bbox, Ring } from '../../geo/polygon.ts';

/**
 * An area's outline in British National Grid metres: every ring of every part (holes included) as
 * flat x,y pairs. Even-odd over all rings handles holes and multipolygons alike.
 */
export interface AreaShape {
  rings: readonly Float64Array[];
  bbox: Bbox;
}

export function areaShape(rings: readonly Ring[]): AreaShape {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const flat = rings.map((ring) => {
    const xy = new Float64Array(ring.length * 2);
    ring.forEach(([x, y], i) => {
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    });
    return xy;
  });
  return { rings: flat, bbox: [minX, minY, maxX, maxY] };
}

export function shapeContains(shape: AreaShape, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = shape.bbox;
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  let inside = false;
  for (const r of shape.rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const [xi, yi, xj, yj] = [
        r[2 * i] as number,
        r[2 * i + 1] as number,
        r[2 * j] as number,
        r[2 * j + 1] as number,
      ];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance in metres from (x, y) to the nearest edge of any ring. */
export function edgeDistance(shape: AreaShape, x: number, y: number): number {
  let best = Infinity;
  for (const r of shape.rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const [ax, ay] = [r[2 * j] as number, r[2 * j + 1] as number];
      const [dx, dy] = [(r[2 * i] as number) - ax, (r[2 * i + 1] as number) - ay];
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      const [ex, ey] = [x - ax - t * dx, y - ay - t * dy];
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return Math.sqrt(best);
}

/** Area in square metres, approximately: holes are counted in (they are rare and small). */
export function shapeArea(shape: AreaShape): number {
  let total = 0;
  for (const r of shape.rings) {
    const n = r.length / 2;
    let twice = 0;
    for (let i = 0, j = n - 1; i < n; j = i++)
      twice +=
        (r[2 * j] as number) * (r[2 * i + 1] as number) - (r[2 * i] as number) * (r[2 * j + 1] as number);
    total += Math.abs(twice / 2);
  }
  return total;
}
