import {
  CASE_REVIEW_DAYS,
  type RepeatKind,
  type RepeatList,
  type RepeatQuery,
} from '../../contract/repeats.ts';
import type { Db } from '../../db/database.ts';
import { repeatDetails } from '../../queries/repeat-details.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { repeatRows } from './repeat-rows.ts';
import { windowOf } from './repeat-window.ts';
import { sortedRepeats } from './sort-repeats.ts';

/** The case-review rule in words, as the page states it. */
export const caseReviewRule = (threshold: number): string =>
  `Case review (the community trigger): ${threshold} or more complaints within any six months ` +
  `(${CASE_REVIEW_DAYS} days) inside the window. Linked reports of one incident count once.`;

/**
 * Repeat callers or locations: every reference with 2 or more complaints in the window, which of them
 * meet the case-review threshold, in the chosen order; agencies, categories and the other references are
 * looked up for the page shown only.
 */
export async function getRepeatList(
  db: Db,
  { filters, extent }: ResolvedFilters,
  kind: RepeatKind,
  q: RepeatQuery,
): Promise<RepeatList> {
  const { span, dto, inWindow } = windowOf(filters, q.window, extent);
  const { rows, counts } = await repeatRows(db, filters, kind, span, q.threshold);
  const page = sortedRepeats(rows, q.sort, q.dir).slice(q.offset, q.offset + q.limit);
  const details = await repeatDetails(
    db,
    inWindow,
    kind,
    page.map((r) => r.ref),
  );
  const byRef = new Map(details.map((d) => [d.ref, d]));
  return {
    kind,
    window: dto,
    threshold: q.threshold,
    rule: caseReviewRule(q.threshold),
    counts,
    sort: q.sort,
    dir: q.dir,
    page: { offset: q.offset, limit: q.limit, total: rows.length },
    rows: page.map((r) => ({ ...r, ...byRef.get(r.ref), ref: r.ref })),
  };
}
