import type { Filters } from '../../contract/filters.ts';
import type { Db } from '../../db/database.ts';
import {
  serviceBacklog,
  serviceCounts,
  serviceTimes,
  type ServiceSplit,
} from '../../queries/board-service-counts.ts';

/** One agency's or category's service counts in the quarter, resolution times as a histogram in hours. */
export interface Group {
  key: string;
  label: string;
  times: { value: number; count: number }[];
  contacts: number;
  withTarget: number;
  within: number;
  backlog: number;
  pastTarget: number;
  repeat: number;
}

export async function groups(
  db: Db,
  split: ServiceSplit,
  f: Filters,
  labels: Map<string, string>,
): Promise<Group[]> {
  const [times, counts, backlog] = await Promise.all([
    serviceTimes(db, split, f),
    serviceCounts(db, split, f),
    serviceBacklog(db, split, f),
  ]);
  const keys = [...new Set([...counts.map((c) => c.key), ...backlog.map((b) => b.key)])];
  return keys
    .map((key) => {
      const c = counts.find((r) => r.key === key);
      const b = backlog.find((r) => r.key === key);
      return {
        key,
        label: labels.get(key) ?? key,
        times: times.filter((t) => t.key === key).map((t) => ({ value: t.minutes / 60, count: t.n })),
        contacts: c?.contacts ?? 0,
        withTarget: c?.resolved_with_target ?? 0,
        within: c?.resolved_within_target ?? 0,
        backlog: b?.backlog ?? 0,
        pastTarget: b?.past_target ?? 0,
        repeat: c?.repeat_callers ?? 0,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Every group together (the histograms merged, so its quantiles are those of all records). */
export function merge(all: Group[], label: string, repeat: number): Group {
  const times = new Map<number, number>();
  for (const g of all) for (const t of g.times) times.set(t.value, (times.get(t.value) ?? 0) + t.count);
  const sum = (f: (g: Group) => number) => all.reduce((s, g) => s + f(g), 0);
  return {
    key: '',
    label,
    times: [...times].map(([value, count]) => ({ value, count })),
    contacts: sum((g) => g.contacts),
    withTarget: sum((g) => g.withTarget),
    within: sum((g) => g.within),
    backlog: sum((g) => g.backlog),
    pastTarget: sum((g) => g.pastTarget),
    repeat,
  };
}
