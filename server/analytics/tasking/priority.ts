import { CATEGORIES, type Category } from '../../contract/taxonomy.ts';
import { CATEGORY_HARM, type Priority } from '../../contract/tasking.ts';
import { addDays, addMonths, isMonthEnd, monthStart } from '../months.ts';
import { wheelerZ } from '../wheeler.ts';

/** Points added per vulnerable repeat caller: one such caller ranks like five extra intimidation-free contacts. */
export const VULNERABLE_CALLER_POINTS = 5;
/** Complaints in the place within the repeat window that make a caller a repeat caller (the community trigger). */
export const REPEAT_CALLER_COMPLAINTS = 3;
export const REPEAT_WINDOW_MONTHS = 6;

export const PRIORITY_RULE =
  'score = volume x harm weight x (1 + max(0, trend z) / 2) + ' +
  `${VULNERABLE_CALLER_POINTS} x vulnerable repeat callers; volume counts the problem's categories in its ` +
  "place over the last full months, trend z is Wheeler's z against the months before, harm weight the mean " +
  `harm of those contacts, a vulnerable repeat caller has ${REPEAT_CALLER_COMPLAINTS} or more complaints in ` +
  `the place in the last ${REPEAT_WINDOW_MONTHS} full months and a vulnerability flag`;

/** Contacts of one problem's place and categories in the current and previous windows. */
export interface PlaceCounts {
  /** Contacts per category in the current window. */
  current: Partial<Record<Category, number>>;
  previousVolume: number;
  vulnerableRepeatCallers: number;
  /** The problem's categories; empty for every category. */
  categories: readonly Category[];
}

export interface PriorityWindows {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  repeatFrom: string;
}

/**
 * The last `months` full calendar months of data up to `lastDay` (the last month counts only when
 * `lastDay` is its final day), the same number of months before, and the repeat-caller window.
 */
export function priorityWindows(lastDay: string, months: number): PriorityWindows {
  const to = isMonthEnd(lastDay) ? lastDay : addDays(monthStart(lastDay), -1);
  const from = addMonths(to, -(months - 1));
  return {
    from,
    to,
    previousFrom: addMonths(from, -months),
    previousTo: addDays(from, -1),
    repeatFrom: addMonths(to, -(REPEAT_WINDOW_MONTHS - 1)),
  };
}

/**
 * A problem's JAG ranking by PRIORITY_RULE. Harm weight is the mean CATEGORY_HARM of the current
 * contacts; with none, the mean over the problem's categories (every category when it names none).
 */
export function priorityOf(c: PlaceCounts, months: number): Priority {
  const entries = Object.entries(c.current) as [Category, number][];
  const volume = entries.reduce((s, [, n]) => s + n, 0);
  const harm = entries.reduce((s, [cat, n]) => s + n * CATEGORY_HARM[cat], 0);
  const named = c.categories.length > 0 ? c.categories : CATEGORIES;
  const harmWeight =
    volume > 0 ? harm / volume : named.reduce((s, cat) => s + CATEGORY_HARM[cat], 0) / named.length;
  const trendZ = wheelerZ(volume, c.previousVolume);
  const score =
    volume * harmWeight * (1 + Math.max(0, trendZ) / 2) +
    VULNERABLE_CALLER_POINTS * c.vulnerableRepeatCallers;
  return {
    score: round(score, 2),
    months,
    volume,
    previousVolume: c.previousVolume,
    trendZ: round(trendZ, 3),
    harmWeight: round(harmWeight, 3),
    vulnerableRepeatCallers: c.vulnerableRepeatCallers,
    rule: PRIORITY_RULE,
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
