import { ragStatus, type Better } from '../../analytics/board/rag.ts';
import type { Interval, RagDto } from '../../contract/board.ts';
import type { Filters } from '../../contract/filters.ts';
import type { TargetDbRow } from '../../queries/board-targets.ts';

/**
 * The target for one row: the most specific whose area (or agency) and category fit, where a null
 * means "all". A target for one category applies only when the filters select just that category, and
 * a rate target only without an agency filter, as it is set on every agency's contacts. A category's
 * own row takes an all-categories target when it has none of its own.
 */
export function matchTarget(
  targets: readonly TargetDbRow[],
  want: {
    measure: 'rate_per_1000' | 'sla_share';
    layer?: string;
    area?: string;
    agency?: string;
    category?: string;
  },
  filters: Pick<Filters, 'category' | 'agency'>,
): TargetDbRow | null {
  const category = want.category ?? (filters.category.length === 1 ? filters.category[0] : undefined);
  if (want.measure === 'rate_per_1000' && filters.agency.length > 0) return null;
  const fits = targets.filter(
    (t) =>
      t.measure === want.measure &&
      (want.measure !== 'rate_per_1000' || t.layer_id === want.layer) &&
      (t.area_code === null || t.area_code === want.area) &&
      (t.agency_code === null || t.agency_code === want.agency) &&
      (t.category === null
        ? want.category !== undefined || filters.category.length === 0
        : t.category === category),
  );
  const score = (t: TargetDbRow) => ((t.area_code ?? t.agency_code) ? 2 : 0) + (t.category ? 1 : 0);
  return fits.sort((a, b) => score(b) - score(a) || b.id - a.id)[0] ?? null;
}

/** RAG of a value with its interval against a target, by RAG_RULE. */
export function ragOf(target: TargetDbRow | null, value: Interval | null): RagDto | null {
  if (!target || !value) return null;
  const better = target.better as Better;
  return {
    status: ragStatus({ low: value.low, high: value.high }, target.target, better),
    target: target.target,
    better,
    targetId: target.id,
  };
}
