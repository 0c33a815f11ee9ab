import type { BoardTaskingResults } from '../../../../server/contract/evaluation.ts';
import type { CsvValue } from '../../lib/download/csv-download.ts';
import { countCsv, round } from './board-format.ts';

const ZONES = ['target', 'buffer', 'control'] as const;

/** The tasking results as CSV: one row per problem, hidden counts as "<5" or "hidden". */
export function taskingCsv(d: BoardTaskingResults): CsvValue[][] {
  const t = d.suppression.threshold;
  return [
    [
      'problem_id',
      'problem',
      'owner',
      'stage',
      'intervention_date',
      'buffer_m',
      'control',
      'verdict',
      'change_against_control_percent',
      'wdq',
      'tne',
      ...ZONES.flatMap((z) => [`${z}_before`, `${z}_after`]),
      'evaluated_at',
    ],
    ...d.rows.map((r) => [
      r.problemId,
      r.title,
      r.ownerAgency.name,
      r.stage,
      r.interventionDate,
      r.bufferM,
      r.controlLabel,
      r.verdict,
      round(r.changeAgainstControl, 1),
      round(r.wdq),
      round(r.tne, 1),
      ...ZONES.flatMap((z) => [countCsv(r.counts[z].before, t), countCsv(r.counts[z].after, t)]),
      r.runAt,
    ]),
  ];
}
