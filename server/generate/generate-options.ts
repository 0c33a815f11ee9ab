import { addMonths, DAY_MS, dayMs, isIsoDay, isoDay, monthsBetween } from './dates.ts';

export interface GenerateOptions {
  records: number;
  seed: number;
  /** First and last day of the period, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** The period whose data ends the day before referenceDate's month and spans `months` whole months. */
export function periodBefore(referenceDate: string, months: number): { from: string; to: string } {
  const end = addMonths(referenceDate, 0);
  return { from: addMonths(end, -months), to: isoDay(dayMs(end) - DAY_MS) };
}

/** Fixed so that a seed gives the same data on any day: May 2023 to October 2026. */
export const DEMO_REFERENCE_DATE = '2026-11-01';
export const DEMO_MONTHS = 42;
export const DEFAULT_PERIOD = periodBefore(DEMO_REFERENCE_DATE, DEMO_MONTHS);

/** The planted changes need a before and an after. */
export const MIN_MONTHS = 6;
export const MAX_RECORDS = 1_000_000_000;

/** The options' problems, for a person to read; empty when they are fine. */
export function optionProblems(o: GenerateOptions): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(o.records) || o.records < 1 || o.records > MAX_RECORDS)
    problems.push(`--records must be a whole number from 1 to ${MAX_RECORDS}`);
  if (!Number.isInteger(o.seed)) problems.push('--seed must be a whole number');
  for (const [name, day] of [
    ['--from', o.from],
    ['--to', o.to],
  ] as const)
    if (!isIsoDay(day)) problems.push(`${name} must be a date written YYYY-MM-DD (got "${day}")`);
  if (problems.length === 0 && monthsBetween(o.from, o.to) + 1 < MIN_MONTHS)
    problems.push(
      `--from to --to must span at least ${MIN_MONTHS} months, so the planted changes have a before and an after`,
    );
  return problems;
}
