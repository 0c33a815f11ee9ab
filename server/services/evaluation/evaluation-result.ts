import { addMonths, monthsBetween } from '../../analytics/months.ts';
import {
  totalNetEffect,
  weightedDisplacementQuotient,
  type ZoneCounts,
} from '../../analytics/evaluation/displacement.ts';
import { relativeChange, TEST_RULE } from '../../analytics/evaluation/relative-change.ts';
import { VERDICT_RULE, verdictOf, verdictText, WDQ_RULE } from '../../analytics/evaluation/verdict.ts';
import type { EvaluationWindows } from '../../analytics/evaluation/windows.ts';
import type { Evaluation } from '../../contract/evaluation.ts';
import type { ZoneMonthRow } from '../../queries/evaluation/zone-counts.ts';
import { ZONES, type Zone } from './store-zones.ts';

export type EvaluationParts = Pick<
  Evaluation,
  | 'counts'
  | 'series'
  | 'wdq'
  | 'tne'
  | 'targetTest'
  | 'bufferTest'
  | 'verdict'
  | 'verdictText'
  | 'rules'
  | 'warnings'
>;

/** Every month from the first of the before window to the last of the after window, YYYY-MM. */
function allMonths(w: EvaluationWindows): string[] {
  const n = monthsBetween(w.before.from, w.after.to) + 1;
  return Array.from({ length: n }, (_, i) => addMonths(w.before.from, i).slice(0, 7));
}

const UNTESTED: Record<Zone, string> = {
  target: 'The target had no contacts in a window (or the control none), so its change cannot be tested.',
  buffer: 'The buffer had no contacts in a window (or the control none), so its change cannot be tested.',
  control: '',
};

/** From monthly counts per zone: the counts of each window, the series, the measures, tests and verdict. */
export function evaluationParts(rows: readonly ZoneMonthRow[], w: EvaluationWindows): EvaluationParts {
  const at = new Map(rows.map((r) => [`${r.zone} ${r.month}`, r.contacts]));
  const count = (zone: Zone, month: string) => at.get(`${zone} ${month}`) ?? 0;
  const sum = (zone: Zone, months: readonly string[]) => months.reduce((s, m) => s + count(zone, m), 0);
  const counts = Object.fromEntries(
    ZONES.map((z) => [z, { before: sum(z, w.before.months), after: sum(z, w.after.months) }]),
  ) as unknown as ZoneCounts;
  const targetTest = relativeChange(counts.target, counts.control);
  const bufferTest = relativeChange(counts.buffer, counts.control);
  const wdq = weightedDisplacementQuotient(counts);
  const verdict = verdictOf({ targetTest, bufferTest, wdq });
  const warnings = [...w.warnings];
  if (targetTest.oddsRatio === null) warnings.push(UNTESTED.target);
  if (bufferTest.oddsRatio === null) warnings.push(UNTESTED.buffer);
  return {
    counts,
    series: allMonths(w).map((month) => ({
      month,
      target: count('target', month),
      buffer: count('buffer', month),
      control: count('control', month),
    })),
    wdq,
    tne: totalNetEffect(counts),
    targetTest,
    bufferTest,
    verdict,
    verdictText: verdictText({ targetTest, bufferTest, wdq, verdict }, true),
    rules: { test: TEST_RULE, verdict: VERDICT_RULE, wdq: WDQ_RULE },
    warnings,
  };
}
