import { RAG_RULE } from '../../analytics/board/rag.ts';
import { serviceLevelsFromCounts } from '../../analytics/board/service-levels.ts';
import { poissonRate } from '../../analytics/poisson-interval.ts';
import type { BoardTargets, Interval, TargetRow } from '../../contract/board.ts';
import type { Filters } from '../../contract/filters.ts';
import type { Category } from '../../contract/taxonomy.ts';
import type { Db } from '../../db/database.ts';
import { serviceCounts } from '../../queries/board-service-counts.ts';
import { layerScopeCount } from '../../queries/board-target-counts.ts';
import { listTargets, type TargetDbRow } from '../../queries/board-targets.ts';
import { singleCount } from './board-cells.ts';
import type { ResolvedBoard } from './board-scope.ts';
import { ragOf } from './target-match.ts';

/** A target's own scope over the quarter: the filter bar does not move a target. */
const scopeOf = (t: TargetDbRow, board: ResolvedBoard): Filters => ({
  from: board.current.from,
  to: board.current.to,
  category: t.category ? [t.category] : [],
  agency: t.agency_code ? [t.agency_code] : [],
  area: null,
});

async function measure(
  db: Db,
  t: TargetDbRow,
  f: Filters,
): Promise<{ count: number; value: Interval | null }> {
  if (t.measure === 'rate_per_1000') {
    const { contacts, population } = await layerScopeCount(db, t.layer_id ?? '', t.area_code, f);
    const r = poissonRate(contacts, population);
    return {
      count: contacts,
      value: r.rate === null ? null : { value: r.rate, low: r.rateLow ?? 0, high: r.rateHigh ?? 0 },
    };
  }
  const rows = await serviceCounts(db, 'agency_code', f);
  const withTarget = rows.reduce((s, r) => s + r.resolved_with_target, 0);
  const within = rows.reduce((s, r) => s + r.resolved_within_target, 0);
  const levels = serviceLevelsFromCounts({
    resolvedTimes: [],
    resolvedWithTarget: withTarget,
    resolvedWithinTarget: within,
    open: 0,
    openPastTarget: 0,
  });
  const { shareWithinTarget: share, shareInterval: ci } = levels;
  return {
    count: withTarget,
    value: share === null || !ci ? null : { value: share, low: ci.low, high: ci.high },
  };
}

/** Every target with the quarter's value, its interval and its RAG; values of hidden counts hidden. */
export async function getBoardTargets(db: Db, board: ResolvedBoard): Promise<BoardTargets> {
  const targets = await listTargets(db);
  const rows = await Promise.all(
    targets.map(async (t): Promise<TargetRow> => {
      const { count, value } = await measure(db, t, scopeOf(t, board));
      const shown = singleCount(count, board.suppress);
      const rag = ragOf(t, value)?.status ?? null;
      return {
        id: t.id,
        measure: t.measure as TargetRow['measure'],
        layer: t.layer_id,
        areaCode: t.area_code,
        areaName: t.area_name,
        agency: t.agency_code,
        agencyName: t.agency_name,
        category: t.category as Category | null,
        target: t.target,
        better: t.better as TargetRow['better'],
        setBy: t.set_by,
        setAt: t.set_at,
        count: shown,
        value: shown.suppressed ? null : value,
        rag,
      };
    }),
  );
  return { ...board.scope, targets: rows, rule: RAG_RULE };
}
