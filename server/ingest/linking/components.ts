/**
 * Connected groups of the indexes 0..n-1 joined in pairs (union-find with path halving), each labelled by
 * its smallest index: the root is always the group's smallest index, as a union hangs the larger root
 * under the smaller. Four bytes an index, in one typed array: a load's linked reports are numbered densely
 * (in contact id order) before they come here, so the memory is a fraction of a map keyed by contact id.
 */
export class Components {
  private readonly parent: Int32Array;

  constructor(readonly size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** The smallest index of i's group. */
  label(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      const up = parent[parent[i] as number] as number;
      parent[i] = up;
      i = up;
    }
    return i;
  }

  join(a: number, b: number): void {
    const [ra, rb] = [this.label(a), this.label(b)];
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}
