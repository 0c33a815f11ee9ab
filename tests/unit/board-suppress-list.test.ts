import { describe, expect, it } from 'vitest';
import { suppressList } from '../../server/analytics/board/suppress-list.ts';
import type { BoardCell } from '../../server/analytics/board/suppressed-cell.ts';

const show = (c: BoardCell) => (c.kind === 'value' ? c.value : c.reason);

/** No hidden entry is the total minus the shown items (or the total the sum of the items). */
const unrecoverable = ({ items, total }: { items: BoardCell[]; total: BoardCell }) =>
  [...items, total].filter((c) => c.kind === 'suppressed').length !== 1;

describe('suppressList (areas with their total)', () => {
  it('hides a count below 5 and the next smallest non-zero count, so the total cannot give it away', () => {
    const r = suppressList([12, 3, 8, 20]);
    expect(r.items.map(show)).toEqual([12, 'small_count', 'protects_another', 20]);
    expect(r.total).toEqual({ kind: 'value', value: 43 });
    expect(unrecoverable(r)).toBe(true);
  });

  it('shows zeros and does not use them to protect, unless asked to hide zeros', () => {
    expect(suppressList([12, 0, 3, 20]).items.map(show)).toEqual(['protects_another', 0, 'small_count', 20]);
    expect(suppressList([12, 0, 3, 20], { suppressZeros: true }).items.map(show)).toEqual([
      12,
      'small_count',
      'small_count',
      20,
    ]);
  });

  it('needs nothing more when two counts are already hidden', () => {
    expect(suppressList([3, 4, 10]).items.map(show)).toEqual(['small_count', 'small_count', 10]);
  });

  it('hides a small total with its only item', () => {
    const r = suppressList([3]);
    expect([...r.items, r.total].map(show)).toEqual(['small_count', 'small_count']);
  });

  it('uses the publication threshold of 10 when given', () => {
    const r = suppressList([12, 9, 30], { threshold: 10 });
    expect(r.items.map(show)).toEqual(['protects_another', 'small_count', 30]);
    expect(unrecoverable(r)).toBe(true);
  });

  it('leaves a list with nothing small alone', () => {
    expect(suppressList([5, 6, 0]).items.map(show)).toEqual([5, 6, 0]);
  });

  it('refuses counts that are not whole numbers >= 0', () => {
    expect(() => suppressList([1.5])).toThrow(RangeError);
    expect(() => suppressList([-1])).toThrow(RangeError);
  });
});
