import { suppressList } from '../../analytics/board/suppress-list.ts';
import type { AreaStats, Summary, Timeseries } from '../../contract/dashboard.ts';
import type { Hotspots } from '../../contract/hotspots.ts';
import { AppError } from '../../errors.ts';

/**
 * The working views' aggregates as the board may see them. Their contracts have whole-number counts, so
 * a hidden entry of a list is left out (or zeroed, on a map grid) and named under `suppressed`; the list's
 * secondary suppression keeps it from being the total minus the rest. A headline count that would be
 * hidden is refused with a 422 saying why.
 */
export interface Hidden {
  threshold: number;
  entries: { key: string; reason: 'small_count' | 'protects_another' }[];
}

/** Which entries of a list the board may not see, by index and by key, with the reason for each. */
export function hide(values: readonly number[], keys: readonly string[], threshold: number) {
  const { items } = suppressList(values, { threshold });
  const hidden = new Set<number>();
  const entries: Hidden['entries'] = [];
  items.forEach((cell, i) => {
    if (cell.kind === 'value') return;
    hidden.add(i);
    entries.push({ key: keys[i] ?? String(i), reason: cell.reason });
  });
  return { hidden, entries };
}

const tooFew = (threshold: number) =>
  new AppError(
    'suppressed',
    422,
    `Fewer than ${threshold} contacts match these filters (in this period or the one compared with it); ` +
      'counts so small are not shown to the board. Widen the filters or the period.',
  );

const small = (n: number, threshold: number) => n > 0 && n < threshold;

export function summaryForBoard(s: Summary, threshold: number): Summary & { suppressed: Hidden } {
  if (small(s.contacts, threshold) || small(s.changeOnLastYear.previous, threshold)) throw tooFew(threshold);
  const { hidden, entries } = hide(
    s.topCategories.map((c) => c.contacts),
    s.topCategories.map((c) => c.category),
    threshold,
  );
  return {
    ...s,
    topCategories: s.topCategories.filter((_, i) => !hidden.has(i)),
    suppressed: { threshold, entries },
  };
}

export function timeseriesForBoard(t: Timeseries, threshold: number): Timeseries & { suppressed: Hidden } {
  const months = t.points.map((p) => p.month);
  const now = hide(
    t.points.map((p) => p.contacts),
    months,
    threshold,
  );
  const known = t.points.filter((p) => p.lastYear !== null);
  const before = hide(
    known.map((p) => p.lastYear ?? 0),
    known.map((p) => `${p.month} last year`),
    threshold,
  );
  const hiddenBefore = new Set(before.entries.map((e) => e.key.slice(0, 7)));
  return {
    ...t,
    points: t.points
      .filter((_, i) => !now.hidden.has(i))
      .map((p) => (hiddenBefore.has(p.month) ? { ...p, lastYear: null } : p)),
    suppressed: { threshold, entries: [...now.entries, ...before.entries] },
  };
}

/**
 * Areas as the board may see them. Contacts outside the layer stay shown: they place nobody in an area.
 * When a hidden area has no residents, the gap between all contacts and those in areas with residents
 * would give it back, so that gap and the total rate built on it are hidden too.
 */
export function areasForBoard(a: AreaStats, threshold: number): AreaStats & { suppressed: Hidden } {
  const { hidden, entries } = hide(
    a.areas.map((x) => x.contacts),
    a.areas.map((x) => x.code),
    threshold,
  );
  const gapHidden = a.areas.some((x, i) => hidden.has(i) && x.population === null);
  const total = gapHidden
    ? { ...a.total, contactsWithPopulation: a.total.contacts, rate: null, rateLow: null, rateHigh: null }
    : a.total;
  return { ...a, total, areas: a.areas.filter((_, i) => !hidden.has(i)), suppressed: { threshold, entries } };
}

/** A hotspot grid as the board may see it: hidden cells read as 0 and are listed. */
export function hotspotsForBoard(h: Hotspots, threshold: number): Hotspots & { suppressed: Hidden } {
  const { hidden, entries } = hide(h.cells.counts, h.cells.ids, threshold);
  const counts = h.cells.counts.map((n, i) => (hidden.has(i) ? 0 : n));
  return {
    ...h,
    summary: { ...h.summary, maxCount: counts.reduce((m, n) => Math.max(m, n), 0) },
    cells: { ...h.cells, counts },
    suppressed: { threshold, entries },
  };
}
