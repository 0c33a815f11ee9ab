import type { RepeatRow, RepeatSort } from '../../contract/repeats.ts';

/** 20250301 for '2025-03-01': dates as numbers, so keys compare as numbers only. */
const dayNumber = (iso: string) => Number(iso.replaceAll('-', ''));

/** Sort keys, most significant first, each compared high to low. */
const KEYS: Record<Exclude<RepeatSort, 'ref'>, (r: RepeatRow) => number[]> = {
  // Vulnerable references meeting the threshold, then the rest meeting it, then by count and escalation.
  priority: (r) => [
    Number(r.vulnerable && r.meetsThreshold),
    Number(r.meetsThreshold),
    r.complaints,
    r.complaints - r.previous,
    dayNumber(r.last),
  ],
  complaints: (r) => [r.complaints, r.complaints - r.previous, dayNumber(r.last)],
  previous: (r) => [r.previous, r.complaints],
  change: (r) => [r.complaints - r.previous, r.complaints],
  last: (r) => [dayNumber(r.last), r.complaints],
};

const byKeys = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};
const byRef = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows in the chosen order (keys worked out once per row, as lists run to tens of thousands); ties fall
 * back to the reference, A to Z, so paging is stable. The API sorts and pages in DuckDB
 * (queries/repeat-list.ts) by the same keys; this is the reference its tests compare it with.
 */
export function sortRepeats(rows: readonly RepeatRow[], sort: RepeatSort, dir: 'asc' | 'desc'): RepeatRow[] {
  const sign = dir === 'desc' ? 1 : -1;
  if (sort === 'ref') return [...rows].sort((a, b) => -sign * byRef(a.ref, b.ref));
  const key = KEYS[sort];
  return rows
    .map((row) => ({ row, k: key(row) }))
    .sort((a, b) => sign * byKeys(a.k, b.k) || byRef(a.row.ref, b.row.ref))
    .map((x) => x.row);
}

// The cached row lists are immutable: remember each order asked for, so paging does not sort again.
const orders = new WeakMap<readonly RepeatRow[], Map<string, RepeatRow[]>>();

/** sortRepeats, remembered per list and order. */
export function sortedRepeats(
  rows: readonly RepeatRow[],
  sort: RepeatSort,
  dir: 'asc' | 'desc',
): readonly RepeatRow[] {
  const known = orders.get(rows) ?? new Map<string, RepeatRow[]>();
  orders.set(rows, known);
  const key = `${sort} ${dir}`;
  const sorted = known.get(key) ?? sortRepeats(rows, sort, dir);
  known.set(key, sorted);
  return sorted;
}
