import { AliasTable } from '../alias-table.ts';
import { DAY_MS, dayMs, isoDay, monthsBetween } from '../dates.ts';
import { GEN_CATEGORIES, HOUR_PROFILES, PROFILES } from './category-profiles.ts';
import { DAY_TYPES, dayTypeOf, eventOn, NIGHT_MULTIPLIERS } from './events.ts';

const CATEGORY_COUNT = GEN_CATEGORIES.length;
const YEAR_MS = 365.25 * DAY_MS;
const PEAK_DAY_OF_YEAR = 196; // mid-July

/** Every day of the period with how many contacts of each category it expects, and their hours. */
export interface Calendar {
  from: string;
  to: string;
  days: number;
  dayStartMs: Float64Array;
  dayType: Uint8Array;
  /** Index into months, per day. */
  month: Int32Array;
  /** YYYY-MM of every month the period touches, and its first day YYYY-MM-DD. */
  months: readonly string[];
  monthStart: readonly string[];
  /** YYYY-MM-DD per day. */
  dayText: readonly string[];
  daySampler: AliasTable;
  /** Per day, cumulative category shares (days x categories), ending at 1. */
  categoryCumulative: Float64Array;
  /** Expected contacts per month and category (months x categories), relative. */
  monthCategoryWeight: Float64Array;
  /** Per day type and category (dayType * categories + c), draws an hour 0-23. */
  hourSamplers: readonly AliasTable[];
}

export function buildCalendar(from: string, to: string): Calendar {
  const fromMs = dayMs(from);
  const days = Math.round((dayMs(to) - fromMs) / DAY_MS) + 1;
  const dayStartMs = new Float64Array(days);
  const dayType = new Uint8Array(days);
  const month = new Int32Array(days);
  const months: string[] = [];
  const dayText: string[] = [];
  const dayTotals = new Float64Array(days);
  const categoryCumulative = new Float64Array(days * CATEGORY_COUNT);
  const nightFactor = nightLifeFactors();
  const monthCategoryWeight = new Float64Array((monthsBetween(from, to) + 1) * CATEGORY_COUNT);
  for (let d = 0; d < days; d++) {
    const ms = fromMs + d * DAY_MS;
    const day = isoDay(ms);
    dayText.push(day);
    if (months[months.length - 1] !== day.slice(0, 7)) months.push(day.slice(0, 7));
    const type = dayTypeOf(day, new Date(ms).getUTCDay());
    dayStartMs[d] = ms;
    dayType[d] = type;
    month[d] = months.length - 1;
    const weights = dayWeights(day, (ms - fromMs) / YEAR_MS, nightFactor[type] as number[]);
    const total = sum(weights);
    let running = 0;
    weights.forEach((w, c) => {
      running += w;
      categoryCumulative[d * CATEGORY_COUNT + c] = running / total;
      const mc = (months.length - 1) * CATEGORY_COUNT + c;
      monthCategoryWeight[mc] = (monthCategoryWeight[mc] as number) + w;
    });
    dayTotals[d] = total;
  }
  return {
    ...{ from, to, days, dayStartMs, dayType, month, months, categoryCumulative, dayText },
    monthStart: months.map((m) => `${m}-01`),
    daySampler: new AliasTable(dayTotals),
    monthCategoryWeight,
    hourSamplers: hourSamplers(),
  };
}

function dayWeights(day: string, years: number, nightFactor: readonly number[]): number[] {
  const ms = dayMs(day);
  const dayOfYear = (ms - Date.UTC(Number(day.slice(0, 4)), 0, 1)) / DAY_MS;
  const cycle = Math.cos((2 * Math.PI * (dayOfYear - PEAK_DAY_OF_YEAR)) / 365.25);
  const event = eventOn(day);
  return GEN_CATEGORIES.map((c, i) => {
    const p = PROFILES[i] as (typeof PROFILES)[number];
    const spike = event?.multipliers[c] ?? 1;
    return p.share * (1 + p.summer * cycle) * (1 + p.trend) ** years * spike * (nightFactor[i] as number);
  });
}

const hourWeights = (dayType: number, c: number): number[] => {
  const night = PROFILES[c]?.nightLife ?? 0;
  const base = HOUR_PROFILES[GEN_CATEGORIES[c] as (typeof GEN_CATEGORIES)[number]];
  return base.map((w, h) => w * (NIGHT_MULTIPLIERS[dayType]?.[h] ?? 1) ** night);
};

/** How much busier a day type is than Monday to Thursday, per category: its hours, summed. */
function nightLifeFactors(): number[][] {
  return Array.from({ length: DAY_TYPES }, (_, t) =>
    GEN_CATEGORIES.map((_, c) => sum(hourWeights(t, c)) / sum(hourWeights(0, c))),
  );
}

function hourSamplers(): AliasTable[] {
  const samplers: AliasTable[] = [];
  for (let t = 0; t < DAY_TYPES; t++)
    for (let c = 0; c < CATEGORY_COUNT; c++) samplers.push(new AliasTable(hourWeights(t, c)));
  return samplers;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** The category index for day d and a uniform u. */
export function pickCategory(calendar: Calendar, d: number, u: number): number {
  const base = d * CATEGORY_COUNT;
  let c = 0;
  while (c < CATEGORY_COUNT - 1 && u >= (calendar.categoryCumulative[base + c] as number)) c++;
  return c;
}
