/** An undirected edge between two of the nodes 0 .. nodeCount - 1. */
export type Edge = readonly [number, number];

function adjacency(nodeCount: number, edges: readonly Edge[]): [number, number][][] {
  const near: [number, number][][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach(([a, b], id) => {
    near[a]?.push([b, id]);
    near[b]?.push([a, id]);
  });
  return near;
}

/** Indices of the bridges: edges on no cycle, whose removal splits their component (Tarjan's low-link). */
export function findBridges(nodeCount: number, edges: readonly Edge[]): number[] {
  const near = adjacency(nodeCount, edges);
  const order = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  const bridges: number[] = [];
  let clock = 0;
  const visit = (node: number, viaEdge: number): void => {
    order[node] = low[node] = clock++;
    for (const [next, id] of near[node] ?? []) {
      if (id === viaEdge) continue;
      if ((order[next] ?? -1) < 0) {
        visit(next, id);
        low[node] = Math.min(low[node] ?? 0, low[next] ?? 0);
        if ((low[next] ?? 0) > (order[node] ?? 0)) bridges.push(id);
      } else low[node] = Math.min(low[node] ?? 0, order[next] ?? 0);
    }
  };
  for (let node = 0; node < nodeCount; node++) if ((order[node] ?? 0) < 0) visit(node, -1);
  return bridges.sort((a, b) => a - b);
}
