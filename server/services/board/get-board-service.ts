import { serviceLevelsFromMinutes } from '../../analytics/board/service-levels.ts';
import type { BoardCount, BoardService, ServiceRow, ServiceTable } from '../../contract/board.ts';
import { CATEGORY_LABEL, type Category } from '../../contract/taxonomy.ts';
import type { Db } from '../../db/database.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { serviceCells } from '../../queries/board-service-cells.ts';
import { listTargets, type TargetDbRow } from '../../queries/board-targets.ts';
import { countColumn, isHidden, singleCount } from './board-cells.ts';
import type { ResolvedBoard } from './board-scope.ts';
import { merge, serviceGroups, type Group } from './service-groups.ts';
import { matchTarget, ragOf } from './target-match.ts';

export const SERVICE_DEFINITIONS =
  'Contacts received in the quarter. Time to resolve runs from receipt to resolution, in hours (a record ' +
  'with only a day is taken as received at midday; month-only records have no time). Within SLA: resolved ' +
  'contacts with a target resolved within it, with the Wilson 95% interval. Backlog: contacts unresolved at ' +
  "the quarter's end, of any age (referrals and closures without a time are not counted). Repeat callers: " +
  'callers with two or more contacts in the quarter.';

type Shown = Record<
  'contacts' | 'resolved' | 'resolvedWithTarget' | 'backlog' | 'backlogPastTarget' | 'repeatCallers',
  BoardCount
>;

function serviceRow(g: Group, shown: Shown, target: TargetDbRow | null): ServiceRow {
  const levels = serviceLevelsFromMinutes({
    resolvedMinutes: g.minutes,
    resolvedWithTarget: g.withTarget,
    resolvedWithinTarget: g.within,
    open: g.backlog,
    openPastTarget: g.pastTarget,
  });
  const timesShown = !isHidden(shown.resolved);
  const share =
    !isHidden(shown.resolvedWithTarget) && levels.shareWithinTarget !== null && levels.shareInterval
      ? { value: levels.shareWithinTarget, low: levels.shareInterval.low, high: levels.shareInterval.high }
      : null;
  return {
    key: g.key,
    label: g.label,
    ...shown,
    medianHours: timesShown ? levels.median : null,
    p90Hours: timesShown ? levels.p90 : null,
    withinTarget: share,
    rag: ragOf(target, share),
  };
}

function table(
  all: Group[],
  total: Group,
  board: ResolvedBoard,
  target: (g: Group | null) => TargetDbRow | null,
): ServiceTable {
  const column = (f: (g: Group) => number) => countColumn(all.map(f), board.suppress);
  const resolvedOf = (g: Group) => g.minutes.reduce((s, run) => s + run.length, 0);
  const cols = {
    contacts: column((g) => g.contacts),
    resolved: column(resolvedOf),
    resolvedWithTarget: column((g) => g.withTarget),
    backlog: column((g) => g.backlog),
    backlogPastTarget: column((g) => g.pastTarget),
    repeatCallers: column((g) => g.repeat),
  };
  const shownAt = (i: number) =>
    Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, c.items[i]])) as Shown;
  const totals = Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, c.total])) as Shown;
  // Callers can call several agencies, so the total of repeat callers is its own count, not a sum.
  totals.repeatCallers = singleCount(total.repeat, board.suppress);
  return {
    rows: all.map((g, i) => serviceRow(g, shownAt(i), target(g))),
    total: serviceRow(total, totals, target(null)),
  };
}

/** Service levels of the quarter per agency and per category, with RAG against SLA-share targets. */
export async function getBoardService(db: Db, board: ResolvedBoard): Promise<BoardService> {
  const f = board.current;
  const [agencies, targets, cells] = await Promise.all([
    listAgencies(db),
    listTargets(db),
    serviceCells(db, f),
  ]);
  const agencyNames = new Map(agencies.map((a) => [a.code, a.name]));
  const categoryNames = new Map(Object.entries(CATEGORY_LABEL));
  const { byAgency, byCategory, repeat } = serviceGroups(cells, {
    agency_code: agencyNames,
    category: categoryNames,
  });
  const total = merge(byAgency, 'All agencies', repeat);
  const sla = (want: { agency?: string; category?: string }) =>
    matchTarget(targets, { measure: 'sla_share', ...want }, f);
  return {
    ...board.scope,
    byAgency: table(byAgency, total, board, (g) => sla(g ? { agency: g.key } : {})),
    byCategory: table(byCategory, { ...total, label: 'All categories' }, board, (g) =>
      sla(g ? { category: g.key as Category } : {}),
    ),
    definitions: SERVICE_DEFINITIONS,
  };
}
