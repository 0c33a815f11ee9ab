import { CATEGORIES, type Category } from '../../contract/taxonomy.ts';

/** The eight 101 categories; generated records are never unclassified. */
export type GeneratedCategory = Exclude<Category, 'unclassified'>;
export const GEN_CATEGORIES = CATEGORIES.filter((c): c is GeneratedCategory => c !== 'unclassified');
export const categoryIndex = (c: GeneratedCategory): number => GEN_CATEGORIES.indexOf(c);

export type Receiver = 'police' | 'council' | 'housing' | 'fire';

export interface CategoryProfile {
  /** Share of all contacts before season, trend and events. */
  share: number;
  /** Amplitude of the yearly cycle peaking in mid-July (negative: a winter peak). */
  summer: number;
  /** Relative change per year. */
  trend: number;
  receivers: Readonly<Partial<Record<Receiver, number>>>;
  /** Contacts per resident in urban areas, and in the rest, relative to the average. */
  urban: number;
  rural: number;
  /** How strongly night-time-economy evenings (Friday, Saturday, events) raise it: 0 none, 1 fully. */
  nightLife: number;
  /** Share of timed contacts that give a window in which the incident happened. */
  window: number;
  /** Share of contacts with no caller (patrol-found, anonymous). */
  anonymous: number;
  /** Share of contacts with a caller that come from a repeat caller. */
  repeatCallers: number;
  vulnerable: number;
  slaHours: number;
  /** Chance that another agency gets a second report of the same incident. */
  duplicate: number;
}

const FIELDS = [
  ...['share', 'summer', 'trend', 'urban', 'rural', 'nightLife', 'window', 'anonymous'],
  ...['repeatCallers', 'vulnerable', 'slaHours', 'duplicate'],
] as const;

// One row per category, in FIELDS order.
const ROWS: Readonly<Record<GeneratedCategory, readonly number[]>> = {
  vandalism: [0.13, 0.15, -0.04, 1.2, 0.9, 0.7, 0.45, 0.3, 0.35, 0.04, 72, 0.05],
  noise: [0.2, 0.3, -0.04, 1.2, 0.85, 1, 0.05, 0.1, 0.6, 0.06, 72, 0.03],
  intimidation: [0.12, 0.1, -0.03, 1.3, 0.8, 0.5, 0.1, 0.1, 0.6, 0.18, 24, 0.03],
  abandoned_vehicles: [0.07, 0, -0.04, 0.8, 1.3, 0, 0.3, 0.4, 0.2, 0.02, 168, 0.04],
  fly_tipping: [0.16, 0.12, -0.05, 0.9, 1.25, 0.1, 0.5, 0.45, 0.25, 0.02, 120, 0.06],
  rowdy: [0.17, 0.35, -0.04, 2, 0.6, 1, 0.05, 0.25, 0.3, 0.05, 24, 0.05],
  drugs: [0.09, 0.1, 0.12, 1.8, 0.6, 0.7, 0.08, 0.35, 0.45, 0.08, 48, 0.03],
  street_lighting: [0.06, -0.4, -0.04, 1, 1, 0, 0, 0.5, 0.15, 0.03, 240, 0],
};

const RECEIVERS: Readonly<Record<GeneratedCategory, CategoryProfile['receivers']>> = {
  vandalism: { police: 5, council: 3.5, housing: 1, fire: 0.5 },
  noise: { council: 5.5, housing: 3, police: 1.5 },
  intimidation: { police: 6.5, housing: 2.5, council: 1 },
  abandoned_vehicles: { council: 7.5, police: 2.5 },
  fly_tipping: { council: 8.5, housing: 1, police: 0.3, fire: 0.2 },
  rowdy: { police: 8, council: 2 },
  drugs: { police: 7.5, housing: 2, council: 0.5 },
  street_lighting: { council: 1 },
};

function profile(c: GeneratedCategory): CategoryProfile {
  const row = ROWS[c];
  const fields = Object.fromEntries(FIELDS.map((f, i) => [f, row[i] as number]));
  return { ...(fields as Omit<CategoryProfile, 'receivers'>), receivers: RECEIVERS[c] };
}

/** Profiles in GEN_CATEGORIES order, for the hot loop. */
export const PROFILES: readonly CategoryProfile[] = GEN_CATEGORIES.map(profile);

/** Relative contacts per hour of day, 00 to 23 (UTC), on an ordinary Monday to Thursday. */
export const HOUR_PROFILES: Readonly<Record<GeneratedCategory, readonly number[]>> = {
  vandalism: [
    3, 2.2, 1.6, 1, 0.7, 0.6, 1, 2, 3, 3.2, 3, 2.8, 2.7, 2.7, 2.9, 3.2, 3.6, 4, 4.4, 4.6, 4.6, 4.4, 4, 3.5,
  ],
  noise: [
    5, 4, 2.5, 1.5, 0.8, 0.5, 0.4, 0.6, 0.9, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.5, 3, 3.5, 4, 4.6, 5.2, 6, 6.5, 6,
  ],
  intimidation: [
    1.5, 1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 1.5, 2, 2.3, 2.6, 3, 3.2, 3.5, 4, 4.5, 4.8, 5, 4.8, 4.3, 3.6, 2.8, 2,
  ],
  abandoned_vehicles: [
    0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 2, 3.4, 4.2, 4.4, 4.3, 4, 4, 3.9, 3.7, 3.3, 2.8, 2, 1.4, 1, 0.7, 0.4,
    0.3,
  ],
  fly_tipping: [
    0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 1.6, 3, 4, 4.4, 4.4, 4.2, 4.2, 4.2, 4, 3.6, 3, 2.2, 1.6, 1.1, 0.8, 0.5,
    0.3,
  ],
  rowdy: [6, 4, 3, 2, 1, 0.6, 0.4, 0.4, 0.6, 0.8, 1, 1.3, 1.6, 1.8, 2, 2.3, 2.8, 3.4, 4.2, 5, 6, 7, 7.5, 7],
  drugs: [
    2.5, 1.8, 1.2, 0.8, 0.5, 0.4, 0.4, 0.7, 1.1, 1.5, 1.9, 2.3, 2.6, 2.9, 3.2, 3.6, 4, 4.4, 4.8, 5, 5, 4.6,
    3.9, 3.1,
  ],
  street_lighting: [
    1.5, 1, 0.6, 0.4, 0.3, 0.3, 0.6, 1.2, 2, 2.2, 2, 1.8, 1.6, 1.6, 1.7, 2.2, 3, 3.8, 4.2, 4, 3.6, 3, 2.4, 2,
  ],
};
