import type { GeneratedCategory } from './category-profiles.ts';

/** What kind of place a planted circle is, how big, and how far from the busiest centre it may lie. */
export interface CircleTemplate {
  name: string;
  radiusM: number;
  /** Distance band (metres) from the site's centre for the circle's centre. */
  band: readonly [number, number];
  /** Extra weight per category, relative to that category's background of 1 over the whole site. */
  weights: Readonly<Partial<Record<GeneratedCategory, number>>>;
}

export const HOTSPOT_TEMPLATES: readonly CircleTemplate[] = [
  {
    name: 'Town centre night-time economy',
    radiusM: 350,
    band: [0, 400],
    weights: { rowdy: 0.45, drugs: 0.3, intimidation: 0.12, vandalism: 0.1, noise: 0.04 },
  },
  {
    name: 'Housing estate',
    radiusM: 300,
    band: [1_500, 4_500],
    weights: {
      ...{ fly_tipping: 0.15, vandalism: 0.12, abandoned_vehicles: 0.12 },
      ...{ noise: 0.06, intimidation: 0.06, drugs: 0.05 },
    },
  },
  {
    name: 'Retail park and bus station',
    radiusM: 250,
    band: [800, 3_500],
    weights: { rowdy: 0.1, intimidation: 0.06, vandalism: 0.05, drugs: 0.06 },
  },
];

export const EMERGING_TEMPLATE: CircleTemplate = {
  name: 'Emerging drug market',
  radiusM: 300,
  band: [1_000, 4_000],
  weights: { drugs: 0.25, intimidation: 0.08, vandalism: 0.05, rowdy: 0.04 },
};
/** Months from its first month to full strength. */
export const EMERGING_RAMP_MONTHS = 4;

export const INTERVENTION_TEMPLATE: CircleTemplate & {
  bufferRadiusM: number;
  reduction: number;
  displacedShare: number;
} = {
  name: 'Tasked park and shopping parade',
  radiusM: 400,
  bufferRadiusM: 800,
  band: [1_000, 4_000],
  weights: { rowdy: 0.08, vandalism: 0.06, intimidation: 0.05, noise: 0.04, drugs: 0.04 },
  reduction: 0.5,
  displacedShare: 0.3,
};

export const COLD_SPOT_FACTOR = 0.3;

/** Where in the period (0 start, 1 end) each dated effect falls, as a month. */
export const PERIOD_POINT = { outage: 0.3, intervention: 0.55, emerging: 0.7 } as const;

/** Agencies that may lose a month of their feed, and that may be the slow one. */
export const OUTAGE_CANDIDATES = ['city_council', 'district_council', 'borough_council', 'housing'] as const;
export const SLOW_CANDIDATES = ['district_council', 'borough_council', 'housing'] as const;
