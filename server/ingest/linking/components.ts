/**
 * Connected groups of contact ids from pairs (union-find with path halving and union by size), each
 * labelled by its smallest id. Ids are integers below 2^53 (contact ids).
 */
export class Components {
  private readonly index = new Map<number, number>();
  private readonly ids: number[] = [];
  private readonly parent: number[] = [];
  private readonly size: number[] = [];
  private readonly least: number[] = [];

  private slot(id: number): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
      this.parent.push(i);
      this.size.push(1);
      this.least.push(id);
    }
    return i;
  }

  private root(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      const up = parent[parent[i] as number] as number;
      parent[i] = up;
      i = up;
    }
    return i;
  }

  join(a: number, b: number): void {
    let ra = this.root(this.slot(a));
    let rb = this.root(this.slot(b));
    if (ra === rb) return;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    this.least[ra] = Math.min(this.least[ra] as number, this.least[rb] as number);
  }

  /** Every id seen, with its group's label (the group's smallest id). */
  *labels(): Generator<[id: number, label: number]> {
    for (let i = 0; i < this.ids.length; i++)
      yield [this.ids[i] as number, this.least[this.root(i)] as number];
  }
}
