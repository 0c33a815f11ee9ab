import Flatbush from 'flatbush';

export type Position = readonly [number, number];
/** An area's rings: outer and inner rings of all its parts, in projected metres. */
export type AreaRings = readonly (readonly Position[])[];

export interface ContiguityOptions {
  /** queen: areas sharing any boundary point; rook: sharing 2 or more (an edge). Default queen. */
  rule?: 'queen' | 'rook';
  /** Vertices this close (metres) are one point; default 0.1 m, far under any boundary detail. */
  tolerance?: number;
}

/**
 * Queen or rook contiguity of polygons by shared vertices (spdep's poly2nb rule: rook needs more
 * than one shared point). Vertices within the tolerance match, found through a flatbush index, so
 * coordinates that differ by rounding still meet. Assumes neighbours share the vertices of a common
 * edge, as topologically built layers (ONS boundaries) do. Returns each area's neighbours in
 * ascending order, itself excluded.
 */
export function contiguity(areas: readonly AreaRings[], options: ContiguityOptions = {}): number[][] {
  const { rule = 'queen', tolerance = 0.1 } = options;
  if (!(tolerance > 0)) throw new RangeError(`tolerance must be > 0: ${tolerance}`);
  const [xs, ys, owner] = [[], [], []] as [number[], number[], number[]];
  areas.forEach((rings, area) => {
    for (const [x, y] of distinctVertices(rings)) {
      xs.push(x);
      ys.push(y);
      owner.push(area);
    }
  });
  const links = areas.map(() => new Set<number>());
  if (owner.length === 0) return links.map(() => []);
  const index = new Flatbush(owner.length);
  xs.forEach((x, i) => index.add(x, ys[i] as number));
  index.finish();
  const shared = areas.map(() => new Map<number, number>());
  owner.forEach((a, i) => {
    const [x, y] = [xs[i] as number, ys[i] as number];
    const met = new Set<number>();
    for (const j of index.search(x - tolerance, y - tolerance, x + tolerance, y + tolerance)) {
      const b = owner[j] as number;
      if (b === a || met.has(b) || Math.hypot((xs[j] as number) - x, (ys[j] as number) - y) > tolerance)
        continue;
      met.add(b);
      shared[a]?.set(b, (shared[a]?.get(b) ?? 0) + 1);
    }
  });
  const needed = rule === 'rook' ? 2 : 1;
  shared.forEach((counts, a) => {
    for (const [b, n] of counts) {
      if (n < needed) continue;
      links[a]?.add(b);
      links[b]?.add(a);
    }
  });
  return links.map((set) => [...set].sort((p, q) => p - q));
}

/** An area's vertices once each (rings repeat their first vertex, and rings can touch). */
function distinctVertices(rings: AreaRings): Position[] {
  const all = rings.flat().sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return all.filter((p, i) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1]);
}
