import type { Filters } from '../../contract/filters.ts';
import type { Db } from '../../db/database.ts';
import type { BacklogRow, ServiceCountRow, ServiceSplit } from '../../queries/board-service-counts.ts';
import {
  serviceBacklogBySplit,
  serviceCountsBySplit,
  serviceTimesBySplit,
  type ServiceTimesRow,
} from '../../queries/board-service-splits.ts';

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

export interface ServiceGroups {
  byAgency: Group[];
  byCategory: Group[];
  /** Repeat callers over every agency and category at once (not a sum: callers call several). */
  repeat: number;
}

/** The quarter's groups by agency and by category: three statements, each grouping both ways at once. */
export async function serviceGroups(
  db: Db,
  f: Filters,
  labels: Record<ServiceSplit, Map<string, string>>,
): Promise<ServiceGroups> {
  const [times, counts, backlog] = await Promise.all([
    serviceTimesBySplit(db, f),
    serviceCountsBySplit(db, f),
    serviceBacklogBySplit(db, f),
  ]);
  const of = (split: ServiceSplit) =>
    groupsOf(
      times.filter((t) => t.split === split),
      counts.filter((c) => c.split === split),
      backlog.filter((b) => b.split === split),
      labels[split],
    );
  return {
    byAgency: of('agency_code'),
    byCategory: of('category'),
    repeat: counts.find((c) => c.split === null)?.repeat_callers ?? 0,
  };
}

const timesOf = (t: ServiceTimesRow | undefined) =>
  t?.minutes.map((m, i) => ({ value: m / 60, count: t.n[i] ?? 0 })) ?? [];

function groupsOf(
  times: readonly ServiceTimesRow[],
  counts: readonly ServiceCountRow[],
  backlog: readonly BacklogRow[],
  labels: Map<string, string>,
): Group[] {
  const keys = [...new Set([...counts.map((c) => c.key), ...backlog.map((b) => b.key)])];
  return keys
    .map((key) => {
      const c = counts.find((r) => r.key === key);
      const b = backlog.find((r) => r.key === key);
      return {
        key,
        label: labels.get(key) ?? key,
        times: timesOf(times.find((t) => t.key === key)),
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
