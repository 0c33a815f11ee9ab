import type { ServiceSplit } from '../../queries/board-service-counts.ts';
import type { ServiceCells } from '../../queries/board-service-cells.ts';

/** One agency's or category's service counts in the quarter, resolution times as sorted runs of minutes. */
export interface Group {
  key: string;
  label: string;
  /** Resolution times in whole minutes, one ascending run per cell of the group. */
  minutes: Int32Array[];
  contacts: number;
  withTarget: number;
  within: number;
  backlog: number;
  pastTarget: number;
  repeat: number;
}

export interface ServiceGroups {
  byAgency: Group[];
  byCategory: Group[];
  /** Repeat callers over every agency and category at once (not a sum: callers call several). */
  repeat: number;
}

const KEY_OF: Record<ServiceSplit, (c: { agency: string; category: string }) => string> = {
  agency_code: (c) => c.agency,
  category: (c) => c.category,
};

const empty = (): Omit<Group, 'key' | 'label'> => ({
  minutes: [],
  contacts: 0,
  withTarget: 0,
  within: 0,
  backlog: 0,
  pastTarget: 0,
  repeat: 0,
});

/**
 * Whole minutes in ascending order. Resolution times span far fewer distinct minutes than a large
 * quarter has records, so counting them is quicker than comparing them; a wide spread is sorted.
 */
export function ascending(minutes: readonly number[]): Int32Array {
  const n = minutes.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const m = minutes[i] as number;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const span = hi - lo + 1;
  if (n === 0 || span > 4 * n + 1024) return Int32Array.from(minutes).sort();
  const counts = new Int32Array(span);
  for (let i = 0; i < n; i++) {
    const slot = (minutes[i] as number) - lo;
    counts[slot] = (counts[slot] as number) + 1;
  }
  const out = new Int32Array(n);
  let at = 0;
  for (let v = 0; v < span; v++) {
    const k = counts[v] as number;
    if (k > 0) out.fill(v + lo, at, at + k);
    at += k;
  }
  return out;
}

/**
 * The quarter's groups by agency and by category, summed from its (agency, category) cells (one
 * statement: serviceCells): the quarter's contacts and the backlog at its end; repeat callers as counted.
 */
export function serviceGroups(
  { cells, repeats, backlog }: ServiceCells,
  labels: Record<ServiceSplit, Map<string, string>>,
): ServiceGroups {
  const sorted = cells.map((c) => ({ ...c, runs: ascending(c.minutes) }));
  const of = (split: ServiceSplit): Group[] => {
    const groups = new Map<string, Group>();
    const group = (key: string): Group => {
      const found = groups.get(key);
      if (found) return found;
      const made = { key, label: labels[split].get(key) ?? key, ...empty() };
      groups.set(key, made);
      return made;
    };
    for (const c of sorted) {
      const g = group(KEY_OF[split](c));
      g.minutes.push(c.runs);
      g.contacts += c.contacts;
      g.withTarget += c.resolved_with_target;
      g.within += c.resolved_within_target;
    }
    for (const b of backlog) {
      const g = group(KEY_OF[split](b));
      g.backlog += b.backlog;
      g.pastTarget += b.past_target;
    }
    for (const r of repeats) if (r.split === split && r.key !== null) group(r.key).repeat = r.callers;
    return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
  };
  return {
    byAgency: of('agency_code'),
    byCategory: of('category'),
    repeat: repeats.find((r) => r.split === null)?.callers ?? 0,
  };
}

/** Every group together (all their runs, so its quantiles are those of all records). */
export function merge(all: Group[], label: string, repeat: number): Group {
  const sum = (f: (g: Group) => number) => all.reduce((s, g) => s + f(g), 0);
  return {
    key: '',
    label,
    minutes: all.flatMap((g) => g.minutes),
    contacts: sum((g) => g.contacts),
    withTarget: sum((g) => g.withTarget),
    within: sum((g) => g.within),
    backlog: sum((g) => g.backlog),
    pastTarget: sum((g) => g.pastTarget),
    repeat,
  };
}
