import { CATEGORIES, type Category, type Channel, type TimePrecision } from '../contract/taxonomy.ts';

/** The eight 101 categories; the demo has no unclassified records. */
export const DEMO_CATEGORIES = CATEGORIES.filter(
  (c): c is Exclude<Category, 'unclassified'> => c !== 'unclassified',
);
export type DemoCategory = Exclude<Category, 'unclassified'>;

interface CategoryProfile {
  share: number;
  /** Amplitude of the yearly cycle peaking in mid-July (negative: a winter peak). */
  summer: number;
  /** Relative change per year. */
  trend: number;
  /** Multiplier over Halloween and Bonfire night. */
  bonfire: number;
  /** Relative weight per receiving agency; 'council' is the city or district council by ward. */
  agencies: Readonly<Partial<Record<DemoReceiver, number>>>;
  slaHours: number;
  vulnerable: number;
  daytime: boolean;
}

export type DemoReceiver = 'police' | 'council' | 'housing' | 'fire';

export const CATEGORY_PROFILE: Record<DemoCategory, CategoryProfile> = {
  vandalism: p(0.13, 0.15, -0.04, 3, { police: 5, council: 3.5, housing: 1, fire: 0.5 }, 72, 0.04, false),
  noise: p(0.2, 0.3, -0.04, 1, { council: 5.5, housing: 3, police: 1.5 }, 72, 0.06, false),
  intimidation: p(0.12, 0.1, -0.03, 1.3, { police: 6.5, housing: 2.5, council: 1 }, 24, 0.18, false),
  abandoned_vehicles: p(0.07, 0, -0.04, 1, { council: 7.5, police: 2.5 }, 168, 0.02, true),
  fly_tipping: p(
    0.16,
    0.12,
    -0.05,
    1.2,
    { council: 8.5, housing: 1, police: 0.3, fire: 0.2 },
    120,
    0.02,
    true,
  ),
  rowdy: p(0.17, 0.35, -0.04, 2.5, { police: 8, council: 2 }, 24, 0.05, false),
  drugs: p(0.09, 0.1, 0.15, 1, { police: 7.5, housing: 2, council: 0.5 }, 48, 0.08, false),
  street_lighting: p(0.06, -0.4, -0.04, 1, { council: 1 }, 240, 0.03, false),
};

function p(
  share: number,
  summer: number,
  trend: number,
  bonfire: number,
  agencies: CategoryProfile['agencies'],
  slaHours: number,
  vulnerable: number,
  daytime: boolean,
): CategoryProfile {
  return { share, summer, trend, bonfire, agencies, slaHours, vulnerable, daytime };
}

export const CHANNEL_MIX: Record<DemoReceiver, Readonly<Partial<Record<Channel, number>>>> = {
  police: { phone_101: 60, phone_999: 12, web: 22, in_person: 4, other: 2 },
  council: { web: 50, email: 18, other: 22, sms: 4, in_person: 6 },
  housing: { other: 40, email: 30, web: 20, in_person: 10 },
  fire: { phone_999: 75, web: 15, other: 10 },
};

/** How precisely each receiver records when: the rest is 'time'. */
export const PRECISION_MIX: Record<DemoReceiver, Readonly<Partial<Record<TimePrecision, number>>>> = {
  police: { time: 95, day: 3, month: 2 },
  council: { time: 66, day: 30, month: 4 },
  housing: { time: 35, day: 50, month: 15 },
  fire: { time: 70, month: 30 },
};

/** Relative contacts per hour of day, 00 to 23. */
export const HOUR_PROFILE = {
  evening: [
    3, 2.2, 1.6, 1, 0.7, 0.6, 0.8, 1.2, 1.8, 2.2, 2.5, 2.7, 2.8, 2.8, 3, 3.4, 4, 4.6, 5, 5.2, 5.2, 5, 4.4,
    3.6,
  ],
  daytime: [
    0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 1.6, 3, 4, 4.4, 4.4, 4.2, 4.2, 4.2, 4, 3.6, 3, 2.2, 1.6, 1.1, 0.8, 0.5,
    0.3,
  ],
} as const;

/** Small areas with many more contacts of some categories (planted for the hotspot views). */
export const HOTSPOT_FACTOR = {
  townCentre: { rowdy: 7, drugs: 6, intimidation: 4, vandalism: 3 },
  estate: { fly_tipping: 6, vandalism: 4, abandoned_vehicles: 4 },
} as const satisfies Record<string, Partial<Record<DemoCategory, number>>>;
