import {
  CASE_REVIEW_DAYS,
  type RepeatKind,
  type RepeatList,
  type RepeatQuery,
} from '../../contract/repeats.ts';
import type { Db } from '../../db/database.ts';
import { repeatListPage } from '../../queries/repeat-list.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';
import { windowOf } from './repeat-window.ts';

/** The case-review rule in words, as the page states it. */
export const caseReviewRule = (threshold: number): string =>
  `Case review (the community trigger): ${threshold} or more complaints within any six months ` +
  `(${CASE_REVIEW_DAYS} days) inside the window. Linked reports of one incident count once.`;

/**
 * Repeat callers or locations: every reference with 2 or more complaints in the window, which of them
 * meet the case-review threshold, in the chosen order. DuckDB counts, tests, sorts and pages them all
 * in one statement over one read of contact, and looks up agencies, categories and the other
 * references for the page shown only.
 */
export async function getRepeatList(
  db: Db,
  { filters, extent }: ResolvedFilters,
  kind: RepeatKind,
  q: RepeatQuery,
): Promise<RepeatList> {
  const { span, dto } = windowOf(filters, q.window, extent);
  const list = await repeatListPage(db, filters, kind, span, q);
  return {
    kind,
    window: dto,
    threshold: q.threshold,
    rule: caseReviewRule(q.threshold),
    counts: {
      references: list.references,
      repeats: list.repeats,
      meeting: list.meeting,
      vulnerableMeeting: list.vulnerable_meeting,
      contactsWithoutRef: list.without_ref,
    },
    sort: q.sort,
    dir: q.dir,
    page: { offset: q.offset, limit: q.limit, total: list.repeats },
    rows: list.rows,
  };
}
