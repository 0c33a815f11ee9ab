import { percentAgainstControl } from '../../analytics/evaluation/relative-change.ts';
import { TEST_RULE } from '../../analytics/evaluation/relative-change.ts';
import { VERDICT_RULE, verdictText, WDQ_RULE } from '../../analytics/evaluation/verdict.ts';
import type { Role } from '../../contract/auth.ts';
import type { BoardCount } from '../../contract/board.ts';
import type {
  BoardTaskingQuery,
  BoardTaskingResults,
  BoardTaskingRow,
  Evaluation,
} from '../../contract/evaluation.ts';
import type { SaraStage } from '../../contract/tasking.ts';
import type { Db } from '../../db/database.ts';
import { latestEvaluations, type BoardEvaluationRow } from '../../queries/evaluation/saved-evaluations.ts';
import { hide } from '../board/board-aggregates.ts';
import { suppressionRule } from '../board/board-scope.ts';
import { ZONES } from './store-zones.ts';

const KEYS = ZONES.flatMap((z) => [`${z} before`, `${z} after`]);

/**
 * One problem's latest evaluation as the board may see it. With a count hidden, every figure that could
 * give it back (WDQ, TNE, the change, the odds ratio and its test) is hidden too, and the verdict is told
 * in words alone.
 */
function boardRow(r: BoardEvaluationRow, threshold: number | null): BoardTaskingRow {
  const e = JSON.parse(r.result) as Evaluation;
  const values = ZONES.flatMap((z) => [e.counts[z].before, e.counts[z].after]);
  const { entries } = threshold === null ? { entries: [] } : hide(values, KEYS, threshold);
  const reason = new Map(entries.map((x) => [x.key, x.reason]));
  const cell = (key: string, value: number): BoardCount => {
    const hidden = reason.get(key);
    return hidden ? { value: null, suppressed: hidden } : { value, suppressed: null };
  };
  const pair = (z: (typeof ZONES)[number]) => ({
    before: cell(`${z} before`, e.counts[z].before),
    after: cell(`${z} after`, e.counts[z].after),
  });
  const shown = entries.length === 0;
  return {
    problemId: r.problem_id,
    title: r.title,
    stage: r.stage as SaraStage,
    status: r.status as BoardTaskingRow['status'],
    ownerAgency: { code: r.owner_agency, name: r.owner_agency_name ?? r.owner_agency },
    evaluationId: r.id,
    runAt: e.runAt,
    interventionDate: e.params.interventionDate,
    bufferM: e.params.bufferM,
    controlLabel: e.params.controlLabel,
    categories: e.params.categories,
    before: e.before,
    after: e.after,
    verdict: e.verdict,
    verdictText: shown ? e.verdictText : verdictText(e, false),
    wdq: shown ? e.wdq : null,
    tne: shown ? e.tne : null,
    changeAgainstControl: shown ? percentAgainstControl(e.targetTest) : null,
    targetTest: shown
      ? e.targetTest
      : { oddsRatio: null, low: null, high: null, z: null, p: null, significant: e.targetTest.significant },
    counts: { target: pair('target'), buffer: pair('buffer'), control: pair('control') },
  };
}

/** The board pack's tasking results: the latest saved evaluation of each problem, suppressed for the board. */
export async function getBoardTasking(
  db: Db,
  role: Role,
  query: BoardTaskingQuery,
  threshold: number,
): Promise<BoardTaskingResults> {
  const applied = role === 'board' || query.suppress === 'true';
  const rows = await latestEvaluations(db);
  return {
    rows: rows.map((r) => boardRow(r, applied ? threshold : null)),
    suppression: { applied, threshold, rule: suppressionRule(threshold) },
    rules: { test: TEST_RULE, verdict: VERDICT_RULE, wdq: WDQ_RULE },
  };
}
