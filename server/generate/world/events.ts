import type { GeneratedCategory } from './category-profiles.ts';

/** Kinds of day with their own hours: the night-time economy and the big nights of the year. */
export const DAY_TYPE = {
  weekday: 0,
  friday: 1,
  saturday: 2,
  sunday: 3,
  fireworks: 4,
  newYearsEve: 5,
  newYearsDay: 6,
} as const;
export const DAY_TYPES = 7;

const ones = () => Array.from({ length: 24 }, () => 1);
const boost = (hours: readonly number[], by: number, base = ones()) => {
  for (const h of hours) base[h] = by;
  return base;
};
const EARLY = [0, 1, 2, 3];
const EVENING = [18, 19, 20, 21, 22, 23];

/**
 * Hour multipliers per day type. A category feels them raised to its nightLife power, so rowdiness
 * follows Friday and Saturday nights (into the small hours of the next day) and fly-tipping does not.
 */
export const NIGHT_MULTIPLIERS: readonly (readonly number[])[] = [
  ones(),
  boost(EVENING, 1.7),
  boost(EVENING, 1.8, boost(EARLY, 1.9)),
  boost(EARLY, 1.9),
  boost([16, 17, ...EVENING], 2),
  boost([20, 21, 22, 23], 2.5),
  boost([...EARLY, 4], 4),
];

export interface PlantedEvent {
  name: string;
  /** MM-DD */
  days: readonly string[];
  dayType: number;
  multipliers: Readonly<Partial<Record<GeneratedCategory, number>>>;
}

const NEW_YEAR = { rowdy: 2.2, noise: 2.5, intimidation: 1.3, vandalism: 1.3 };

export const EVENTS: readonly PlantedEvent[] = [
  {
    name: 'Halloween and mischief night',
    days: ['10-30', '10-31'],
    dayType: DAY_TYPE.fireworks,
    multipliers: { vandalism: 2.2, rowdy: 1.6, intimidation: 1.5, noise: 1.3 },
  },
  {
    name: 'Bonfire Night',
    days: ['11-04', '11-05', '11-06'],
    dayType: DAY_TYPE.fireworks,
    multipliers: { vandalism: 2.5, rowdy: 1.8, noise: 2, fly_tipping: 1.3, intimidation: 1.2 },
  },
  { name: "New Year's Eve", days: ['12-31'], dayType: DAY_TYPE.newYearsEve, multipliers: NEW_YEAR },
  { name: "New Year's Day", days: ['01-01'], dayType: DAY_TYPE.newYearsDay, multipliers: NEW_YEAR },
];

/** Monday-to-Thursday, Friday, Saturday, Sunday by UTC day of week (0 Sunday). */
const WEEKDAY_TYPE = [DAY_TYPE.sunday, 0, 0, 0, 0, DAY_TYPE.friday, DAY_TYPE.saturday];

export function eventOn(isoDay: string): PlantedEvent | undefined {
  const md = isoDay.slice(5);
  return EVENTS.find((e) => e.days.includes(md));
}

export function dayTypeOf(isoDay: string, weekday: number): number {
  return eventOn(isoDay)?.dayType ?? (WEEKDAY_TYPE[weekday] as number);
}
