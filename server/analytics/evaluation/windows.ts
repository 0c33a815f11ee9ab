import { addMonths, monthEnd, monthsBetween } from '../months.ts';

export interface MonthWindow {
  from: string;
  to: string;
  /** YYYY-MM, in order. */
  months: string[];
}

export interface EvaluationWindows {
  before: MonthWindow;
  after: MonthWindow;
  /** The intervention's own month (YYYY-MM), in neither window. */
  interventionMonth: string;
  /** Months in each window: as asked, or fewer when the data do not cover them. */
  months: number;
  warnings: string[];
}

function window(firstMonth: string, count: number): MonthWindow {
  const months = Array.from({ length: count }, (_, i) => addMonths(firstMonth, i).slice(0, 7));
  return { from: firstMonth, to: monthEnd(addMonths(firstMonth, count - 1)), months };
}

/**
 * Equal before and after windows of whole months either side of the intervention month, which is left out.
 * Sources deliver whole months, so a month with any data counts as covered. When the data cover fewer
 * months than asked on either side, both windows shrink to the shorter side (equal lengths keep the
 * before-after comparison fair) and a warning says so; `months` 0 when a side has none at all.
 */
export function evaluationWindows(
  interventionDate: string,
  asked: number,
  extent: { first: string; last: string },
): EvaluationWindows {
  const start = `${interventionDate.slice(0, 7)}-01`;
  const haveBefore = Math.max(0, monthsBetween(extent.first, start));
  const haveAfter = Math.max(0, monthsBetween(start, extent.last));
  const months = Math.min(asked, haveBefore, haveAfter);
  const warnings: string[] = [];
  if (months < asked && months > 0)
    warnings.push(
      `The data cover ${haveBefore} whole month(s) before and ${haveAfter} after the intervention month, so ` +
        `each window is ${months} month(s), not the ${asked} asked.`,
    );
  return {
    before: window(addMonths(start, -months), months),
    after: window(addMonths(start, 1), months),
    interventionMonth: start.slice(0, 7),
    months,
    warnings,
  };
}
