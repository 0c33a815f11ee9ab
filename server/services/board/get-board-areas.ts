import { boardAreaRates } from '../../analytics/board/area-rates.ts';
import { RAG_RULE } from '../../analytics/board/rag.ts';
import type { BoardAreaRow, BoardAreas, BoardCount, Interval } from '../../contract/board.ts';
import type { Db } from '../../db/database.ts';
import { areaCategoryCountsOf, boardLayerAreas } from '../../queries/board-area-categories.ts';
import { listTargets } from '../../queries/board-targets.ts';
import { CHANGE_RULE, changeOf, countColumn, isHidden, optionsOf, toCount } from './board-cells.ts';
import type { ResolvedBoard } from './board-scope.ts';
import { matchTarget, ragOf } from './target-match.ts';

const sumBy = (rows: { area_code: string; contacts: number }[]) => {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.area_code, (out.get(r.area_code) ?? 0) + r.contacts);
  return out;
};

/** Each area of the layer: the quarter's contacts against last year's, the change, the rate and its RAG. */
export async function getBoardAreas(
  db: Db,
  layer: { id: string; name: string },
  board: ResolvedBoard,
): Promise<BoardAreas> {
  const { scope, current, previous, suppress } = board;
  const [areas, { now, before }, targets] = await Promise.all([
    boardLayerAreas(db, layer.id),
    areaCategoryCountsOf(db, layer.id, current, previous),
    listTargets(db),
  ]);
  const nowBy = sumBy(now);
  const beforeBy = sumBy(before);
  const counts = areas.map((a) => ({
    code: a.code,
    count: nowBy.get(a.code) ?? 0,
    population: a.population,
  }));
  const rates = boardAreaRates(counts, optionsOf(suppress));
  const last = countColumn(
    areas.map((a) => beforeBy.get(a.code) ?? 0),
    suppress,
  );
  const row = (
    code: string,
    name: string,
    population: number | null,
    counts: [number, number],
    shown: [BoardCount, BoardCount],
    rate: Interval | null,
  ): BoardAreaRow => {
    const hidden = isHidden(shown[0]) || isHidden(shown[1]);
    const { p: _p, ...change } = changeOf(counts[0], counts[1], scope, hidden);
    const target = matchTarget(targets, { measure: 'rate_per_1000', layer: layer.id, area: code }, current);
    return {
      code,
      name,
      population,
      current: shown[0],
      previous: shown[1],
      change,
      rate,
      rag: ragOf(target, rate),
    };
  };
  const interval = (r: { rate: number | null; rateLow: number | null; rateHigh: number | null } | null) =>
    r && r.rate !== null ? { value: r.rate, low: r.rateLow ?? 0, high: r.rateHigh ?? 0 } : null;
  const rows = areas.map((a, i) => {
    const shownRate = rates.rows[i] as (typeof rates.rows)[number];
    const counts: [number, number] = [nowBy.get(a.code) ?? 0, beforeBy.get(a.code) ?? 0];
    const shown: [BoardCount, BoardCount] = [toCount(shownRate.count), last.items[i] as BoardCount];
    return row(a.code, a.name, a.population, counts, shown, interval(shownRate.rate));
  });
  const knownPopulation = areas.every((a) => a.population !== null);
  const totals: [number, number] = [
    counts.reduce((s, c) => s + c.count, 0),
    [...beforeBy.values()].reduce((s, n) => s + n, 0),
  ];
  const total = row(
    '',
    `All of ${layer.name}`,
    knownPopulation ? areas.reduce((s, a) => s + (a.population ?? 0), 0) : null,
    totals,
    [toCount(rates.total.count), last.total],
    interval(rates.total.rate),
  );
  return {
    ...scope,
    layer: { id: layer.id, name: layer.name },
    rows,
    total,
    rules: { change: CHANGE_RULE, rag: RAG_RULE },
  };
}
