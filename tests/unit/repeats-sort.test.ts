import { describe, expect, it } from 'vitest';
import type { RepeatRow } from '../../server/contract/repeats.ts';
import { sortedRepeats, sortRepeats } from '../../server/services/repeats/sort-repeats.ts';

const row = (ref: string, o: Partial<RepeatRow>): RepeatRow => ({
  ref,
  complaints: 2,
  reports: 2,
  previous: 0,
  first: '2025-01-01',
  last: '2025-02-01',
  agencies: [],
  categories: [],
  vulnerable: false,
  meetsThreshold: false,
  triggered: null,
  others: 1,
  ...o,
});

const ROWS = [
  row('a', { complaints: 9, meetsThreshold: true }),
  row('b', { complaints: 3, meetsThreshold: true, vulnerable: true }),
  row('c', { complaints: 2, vulnerable: true }),
  row('d', { complaints: 4, meetsThreshold: true, previous: 6, last: '2025-03-01' }),
  row('e', { complaints: 4, meetsThreshold: true, previous: 1 }),
  row('f', { complaints: 2, previous: 0 }),
];
const refs = (rows: readonly RepeatRow[]) => rows.map((r) => r.ref).join('');

describe('sortRepeats', () => {
  it('puts vulnerable meeting the threshold first, then meeting by count, escalating before easing', () => {
    // b (vulnerable, meets); a 9; e and d 4 each: e rose by 3, d fell by 2; then c and f tie, by reference.
    expect(refs(sortRepeats(ROWS, 'priority', 'desc'))).toBe('baedcf');
  });

  it('sorts by a column either way, ties by reference', () => {
    expect(refs(sortRepeats(ROWS, 'previous', 'desc'))).toBe('deabcf');
    expect(refs(sortRepeats(ROWS, 'last', 'desc'))).toBe('daebcf');
    expect(refs(sortRepeats(ROWS, 'ref', 'asc'))).toBe('abcdef');
    expect(refs(sortRepeats(ROWS, 'ref', 'desc'))).toBe('fedcba');
    expect(refs(sortRepeats(ROWS, 'complaints', 'asc'))).toBe('cfbdea');
  });

  it('remembers an order of the same list', () => {
    const first = sortedRepeats(ROWS, 'change', 'desc');
    expect(sortedRepeats(ROWS, 'change', 'desc')).toBe(first);
    expect(refs(first)).toBe('aebcfd');
  });
});
