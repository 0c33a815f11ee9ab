import { addDays, addMonths, monthEnd, toMs } from '../analytics/months.ts';
import { CATEGORY_PROFILE, DEMO_CATEGORIES } from './demo-profiles.ts';
import { WeightedSampler } from './random.ts';

const YEAR_MS = 365.25 * 86_400_000;
const PEAK_DAY_OF_YEAR = 196; // mid-July

export interface DemoDay {
  date: string;
  ms: number;
  /** Draws a category index (into DEMO_CATEGORIES) with that day's mix. */
  categories: WeightedSampler;
}

export interface DemoCalendar {
  start: string;
  end: string;
  days: readonly DemoDay[];
  /** Draws a day index with the day's expected share of all contacts. */
  sampler: WeightedSampler;
}

/** The `months` complete months before the month of referenceDate, weighted by season, trend and events. */
export function buildDemoCalendar(referenceDate: string, months: number): DemoCalendar {
  const start = addMonths(referenceDate, -months);
  const end = monthEnd(addMonths(referenceDate, -1));
  const days: DemoDay[] = [];
  const totals: number[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const weights = dayWeights(date, (toMs(date) - toMs(start)) / YEAR_MS);
    days.push({ date, ms: toMs(date), categories: new WeightedSampler(weights) });
    totals.push(weights.reduce((s, w) => s + w, 0));
  }
  return { start, end, days, sampler: new WeightedSampler(totals) };
}

function dayWeights(date: string, years: number): number[] {
  const ms = toMs(date);
  const dayOfYear = (ms - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / 86_400_000;
  const cycle = Math.cos((2 * Math.PI * (dayOfYear - PEAK_DAY_OF_YEAR)) / 365.25);
  const weekday = [1.05, 0.95, 0.95, 0.95, 1, 1.2, 1.25][new Date(ms).getUTCDay()] as number;
  const bonfire = isBonfireSeason(date);
  return DEMO_CATEGORIES.map((c) => {
    const prof = CATEGORY_PROFILE[c];
    const event = bonfire ? 1.3 * prof.bonfire : 1;
    return prof.share * (1 + prof.summer * cycle) * (1 + prof.trend) ** years * event * weekday;
  });
}

/** 28 October to 6 November: Halloween, mischief night and Bonfire night. */
const isBonfireSeason = (date: string) => {
  const md = date.slice(5);
  return (md >= '10-28' && md <= '10-31') || (md >= '11-01' && md <= '11-06');
};
