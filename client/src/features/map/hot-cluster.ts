const isHot = (c: string | undefined) => c !== undefined && c.startsWith('hot');

/**
 * The cells of the hot cluster holding cell i: hot cells (any confidence) joined through their eight
 * neighbours. A JAG tasks a hotspot, not a single square; empty when cell i is not hot.
 */
export function hotCluster(
  cells: { ids: readonly string[]; classes?: readonly string[] | undefined },
  i: number,
  limit: number,
): string[] {
  const { ids } = cells;
  const classes = cells.classes ?? [];
  if (!isHot(classes[i])) return [];
  const at = new Map<string, number>();
  ids.forEach((id, k) => {
    if (isHot(classes[k])) at.set(id.slice(id.indexOf('_') + 1), k);
  });
  const key = (id: string) =>
    id
      .slice(id.indexOf('_') + 1)
      .split('_')
      .map(Number) as [number, number];
  const size = (ids[i] as string).slice(0, (ids[i] as string).indexOf('_'));
  const seen = new Set<number>([i]);
  const queue = [i];
  while (queue.length > 0 && seen.size < limit) {
    const [col, row] = key(ids[queue.shift() as number] as string);
    for (let dc = -1; dc <= 1; dc++)
      for (let dr = -1; dr <= 1; dr++) {
        const k = at.get(`${col + dc}_${row + dr}`);
        if (k !== undefined && !seen.has(k) && seen.size < limit) {
          seen.add(k);
          queue.push(k);
        }
      }
  }
  return [...seen].map((k) => ids[k] as string).filter((id) => id.startsWith(`${size}_`));
}
