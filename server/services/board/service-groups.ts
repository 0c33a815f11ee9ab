import type { Filters } from '../../contract/filters.ts';
import type { Db } from '../../db/database.ts';
import type { ServiceSplit } from '../../queries/board-service-counts.ts';
import { backlogCells, quarterCells } from '../../queries/board-service-cells.ts';

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
 * The quarter's groups by agency and by category, from two statements over (agency, category) cells:
 * the quarter's contacts with their repeat callers, and the backlog at its end.
 */
export async function serviceGroups(
  db: Db,
  f: Filters,
  labels: Record<ServiceSplit, Map<string, string>>,
): Promise<ServiceGroups> {
  const [{ cells, repeats }, backlog] = await Promise.all([quarterCells(db, f), backlogCells(db, f)]);
  const sorted = cells.map((c) => ({ ...c, runs: Int32Array.from(c.minutes).sort() }));
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
