import type { TrendQuery, TrendSeries } from '../../contract/trends.ts';
import { splitToParam } from '../../contract/trends.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { findLayer } from '../../queries/boundaries.ts';
import { trendCounts, type TrendCountRow } from '../../queries/trend-counts.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { intervalLabel } from './interval-label.ts';
import { seriesLabels } from './series-labels.ts';
import { trendControl } from './trend-control.ts';
import { intervalSpans } from './trend-intervals.ts';

/** Long rows (interval, key, n) as one array of values per key, in interval order. */
function pivot(rows: readonly TrendCountRow[], starts: readonly string[]): Map<string, number[]> {
  const index = new Map(starts.map((s, i) => [s, i]));
  const byKey = new Map<string, number[]>();
  for (const r of rows) {
    if (r.key === null) continue;
    const values = byKey.get(r.key) ?? Array<number>(starts.length).fill(0);
    values[index.get(r.start) ?? 0] = r.n;
    byKey.set(r.key, values);
  }
  return byKey;
}

/** Counts per interval for the filters, split into series, with the control chart of the whole. */
export async function getTrendSeries(
  db: Db,
  { filters }: ResolvedFilters,
  q: TrendQuery,
): Promise<TrendSeries> {
  if (q.split.kind === 'area' && !(await findLayer(db, q.split.layer)))
    throw invalidInput('split', `Invalid parameter 'split': unknown boundary layer '${q.split.layer}'.`);
  const options = { interval: q.interval, count: q.count, top: q.top };
  const [totalRows, splitRows, label] = await Promise.all([
    trendCounts(db, filters, { ...options, split: { kind: 'none' } }),
    q.split.kind === 'none' ? [] : trendCounts(db, filters, { ...options, split: q.split }),
    seriesLabels(db, q.split),
  ]);
  const starts = [...new Set(totalRows.map((r) => r.start))];
  const spans = intervalSpans(starts, q.interval, filters.from, filters.to);
  const total = pivot(totalRows, starts).get('all') ?? Array<number>(starts.length).fill(0);
  const series = [...pivot(splitRows, starts)]
    .map(([key, values]) => ({ key, label: label(key), values, total: values.reduce((a, b) => a + b, 0) }))
    .sort(
      (a, b) =>
        Number(a.key === 'other') - Number(b.key === 'other') ||
        b.total - a.total ||
        a.key.localeCompare(b.key),
    );
  const control = trendControl(total, spans, q.chart, (s) => intervalLabel(s, q.interval));
  return {
    period: { from: filters.from, to: filters.to },
    interval: q.interval,
    count: q.count,
    split: splitToParam(q.split),
    intervals: spans,
    total,
    series,
    control,
  };
}
