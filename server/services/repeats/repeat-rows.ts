import { toIsoDate } from '../../analytics/months.ts';
import { communityTrigger } from '../../analytics/trends/community-trigger.ts';
import type { Filters } from '../../contract/filters.ts';
import {
  CASE_REVIEW_DAYS,
  type RepeatKind,
  type RepeatList,
  type RepeatRow,
} from '../../contract/repeats.ts';
import type { Db } from '../../db/database.ts';
import { freshRequested } from '../../db/request-scope.ts';
import { dataVersion } from '../../queries/meta.ts';
import { contactsWithoutRef, repeatDistribution } from '../../queries/repeat-distribution.ts';
import { repeatEntities, type RepeatEntityRow, type RepeatSpan } from '../../queries/repeat-entities.ts';
import { LRUCache } from 'lru-cache';

const DAY_MS = 86_400_000;

export interface RepeatRows {
  /** Every reference with 2 or more complaints, without the page-only details. */
  rows: RepeatRow[];
  counts: RepeatList['counts'];
}

// Sorting and paging a list asks again with the same window: keep the counted rows per data version.
const cache = new LRUCache<string, Promise<RepeatRows>>({ max: 16 });

/** Which references meet the threshold, by the community trigger over their complaint dates. */
function triggersOf(entities: readonly RepeatEntityRow[], threshold: number) {
  const events = entities.flatMap((e) =>
    e.days ? [{ id: e.ref, dates: e.days.map((d) => toIsoDate(d * DAY_MS)) }] : [],
  );
  const found = communityTrigger(events, { threshold, windowDays: CASE_REVIEW_DAYS });
  return new Map(found.map((t) => [t.id, t]));
}

async function compute(
  db: Db,
  filters: Filters,
  kind: RepeatKind,
  span: RepeatSpan,
  threshold: number,
): Promise<RepeatRows> {
  const inWindow = { ...filters, from: span.from, to: span.to };
  const [entities, distribution, withoutRef] = await Promise.all([
    repeatEntities(db, filters, kind, span, { minimum: 2, datesFrom: threshold }),
    repeatDistribution(db, inWindow, kind),
    contactsWithoutRef(db, inWindow, kind),
  ]);
  const triggers = triggersOf(entities, threshold);
  const rows: RepeatRow[] = entities.map(({ days: _days, ...e }) => {
    const t = triggers.get(e.ref);
    const meets = { meetsThreshold: t?.triggered ?? false, triggered: t?.firstTrigger ?? null };
    return { ...e, ...meets, agencies: [], categories: [], others: 0 };
  });
  const meeting = rows.filter((r) => r.meetsThreshold);
  const counts = {
    references: distribution.reduce((s, d) => s + d.references, 0),
    repeats: rows.length,
    meeting: meeting.length,
    vulnerableMeeting: meeting.filter((r) => r.vulnerable).length,
    contactsWithoutRef: withoutRef,
  };
  return { rows, counts };
}

/** The repeat references of a kind in the window and whether each meets the threshold; cached per data version. */
export async function repeatRows(
  db: Db,
  filters: Filters,
  kind: RepeatKind,
  span: RepeatSpan,
  threshold: number,
): Promise<RepeatRows> {
  const version = await dataVersion(db);
  const key = JSON.stringify([version, { ...filters, from: null }, kind, span, threshold]);
  const cached = freshRequested() ? undefined : cache.get(key);
  if (cached) return cached;
  const computed = compute(db, filters, kind, span, threshold);
  cache.set(key, computed);
  computed.catch(() => cache.delete(key));
  return computed;
}
