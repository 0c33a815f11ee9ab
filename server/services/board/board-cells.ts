import { suppressList } from '../../analytics/board/suppress-list.ts';
import type { BoardCell } from '../../analytics/board/suppressed-cell.ts';
import { CHANGE_RULE, eTestVerdict } from '../../analytics/trends/change-verdict.ts';
import type { BoardCount, ChangeDto, Quarter } from '../../contract/board.ts';
import { toMs } from '../../analytics/months.ts';

export const toCount = (cell: BoardCell): BoardCount =>
  cell.kind === 'value' ? { value: cell.value, suppressed: null } : { value: null, suppressed: cell.reason };

export const isHidden = (c: BoardCount): boolean => c.suppressed !== null;

/** Suppression options for the analytics: a threshold of 1 hides nothing. */
export const optionsOf = (suppress: { threshold: number } | null) => ({
  threshold: suppress?.threshold ?? 1,
});

/** A column of counts shown with its total, suppressed (with secondary suppression) when asked. */
export function countColumn(
  values: readonly number[],
  suppress: { threshold: number } | null,
): { items: BoardCount[]; total: BoardCount } {
  const { items, total } = suppressList(values, optionsOf(suppress));
  return { items: items.map(toCount), total: toCount(total) };
}

/** A lone count (one not part of a list with a total). */
export const singleCount = (value: number, suppress: { threshold: number } | null): BoardCount =>
  countColumn([value], suppress).items[0] as BoardCount;

export const daysIn = (q: Pick<Quarter, 'from' | 'to'>): number =>
  Math.round((toMs(q.to) - toMs(q.from)) / 86_400_000) + 1;

const WORDS = {
  up: 'Up: a rise more than chance would explain (Poisson E-test).',
  down: 'Down: a fall more than chance would explain (Poisson E-test).',
  no_real_change: 'No real change: the difference is within what chance alone produces (Poisson E-test).',
} as const;

/**
 * The E-test verdict of a quarter on the same quarter a year earlier (rates per day, as quarters differ
 * by a leap day), by CHANGE_RULE. With a count hidden, the percentage and p-value are left out: they
 * would give it back.
 */
export function changeOf(
  current: number,
  previous: number,
  periods: { quarter: Quarter; comparison: Quarter },
  hidden: boolean,
): ChangeDto & { p: number } {
  const v = eTestVerdict(
    { count: current, exposure: daysIn(periods.quarter) },
    { count: previous, exposure: daysIn(periods.comparison) },
  );
  return {
    verdict: v.verdict,
    explanation: hidden ? WORDS[v.verdict] : v.explanation,
    percent: hidden ? null : v.percent,
    pTwoSided: hidden ? null : v.eTest.pTwoSided,
    p: v.eTest.pTwoSided,
  };
}

export { CHANGE_RULE };
