import type { Evaluation } from '../../../../../server/contract/evaluation.ts';
import type { CsvValue } from '../../../lib/download/csv-download.ts';
import { ZONES } from './evaluation-format.ts';

/** The counts and measures of one evaluation, then its monthly series, as CSV rows. */
export function evaluationCsv(e: Evaluation): CsvValue[][] {
  return [
    ['problem', 'intervention_date', 'buffer_m', 'months', 'control', 'categories', 'verdict'],
    [
      e.problemId,
      e.params.interventionDate,
      e.params.bufferM,
      e.params.months,
      e.params.controlLabel,
      e.params.categories.join(' '),
      e.verdict,
    ],
    [],
    ['zone', 'before_from', 'before_to', 'before', 'after_from', 'after_to', 'after', 'area_km2'],
    ...ZONES.map((z) => [
      z,
      e.before.from,
      e.before.to,
      e.counts[z].before,
      e.after.from,
      e.after.to,
      e.counts[z].after,
      e.zones.areaKm2[z],
    ]),
    [],
    [
      'wdq',
      'tne',
      'target_odds_ratio',
      'target_low',
      'target_high',
      'target_p',
      'buffer_odds_ratio',
      'buffer_p',
    ],
    [
      e.wdq,
      e.tne,
      e.targetTest.oddsRatio,
      e.targetTest.low,
      e.targetTest.high,
      e.targetTest.p,
      e.bufferTest.oddsRatio,
      e.bufferTest.p,
    ],
    [],
    ['month', 'target', 'buffer', 'control'],
    ...e.series.map((r) => [r.month, r.target, r.buffer, r.control]),
  ];
}
