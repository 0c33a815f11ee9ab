import { describe, expect, it } from 'vitest';
import { Components } from '../../server/ingest/linking/components.ts';

/** Labels by breadth-first search over the pairs: each id's group's smallest id. */
function searched(pairs: readonly [number, number][]): Map<number, number> {
  const next = new Map<number, number[]>();
  for (const [a, b] of pairs) {
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const label = new Map<number, number>();
  for (const start of next.keys()) {
    if (label.has(start)) continue;
    const group = [start];
    for (let i = 0; i < group.length; i++)
      for (const n of next.get(group[i] as number) ?? []) if (!group.includes(n)) group.push(n);
    const least = Math.min(...group);
    for (const id of group) label.set(id, least);
  }
  return label;
}

/** Each joined index with its label. */
const labelsOf = (g: Components, pairs: readonly (readonly [number, number])[]): Map<number, number> =>
  new Map(pairs.flat().map((i) => [i, g.label(i)]));

describe('Components (union-find labels for linked reports)', () => {
  it('labels a chain, a star and a lone pair by their smallest indexes', () => {
    const pairs = [
      [9, 4],
      [4, 7],
      [7, 2],
      [20, 30],
      [20, 31],
      [20, 32],
      [100, 101],
    ] as const;
    const g = new Components(102);
    for (const [a, b] of pairs) g.join(a, b);
    expect(Object.fromEntries(labelsOf(g, pairs))).toEqual({
      9: 2,
      4: 2,
      7: 2,
      2: 2,
      20: 20,
      30: 20,
      31: 20,
      32: 20,
      100: 100,
      101: 100,
    });
  });

  it('matches a breadth-first search on random graphs, whatever order the pairs come in', () => {
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let round = 0; round < 20; round++) {
      const ids = 50 + Math.floor(next() * 400);
      const pairs = Array.from(
        { length: Math.floor(ids * (0.3 + next())) },
        () => [1_000 + Math.floor(next() * ids), 1_000 + Math.floor(next() * ids)] as [number, number],
      );
      const g = new Components(1_000 + ids);
      for (const [a, b] of pairs) g.join(a, b);
      expect(labelsOf(g, pairs)).toEqual(searched(pairs));
      // An index never joined is a group of its own.
      expect(g.label(999)).toBe(999);
    }
  });

  it('settles a chain of a million reports given end to start', () => {
    const g = new Components(1_000_001);
    for (let i = 1_000_000; i > 1; i--) g.join(i, i - 1);
    const labels = new Set(Array.from({ length: 1_000_000 }, (_, i) => g.label(i + 1)));
    expect(labels).toEqual(new Set([1]));
    expect(g.label(0)).toBe(0);
  });
});
