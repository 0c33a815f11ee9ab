import type { AgencyKind, Channel, TimePrecision } from '../../contract/taxonomy.ts';

/** How an agency's extract writes times and places, and how fast it resolves contacts. */
export interface GeneratedAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  idPrefix: string;
  channels: Readonly<Partial<Record<Channel, number>>>;
  precision: Readonly<Record<TimePrecision, number>>;
  /** `iso`: 2024-03-05T21:40:17Z; `minute`: 2024-03-05 21:40 (so seconds are always 0). */
  timeForm: 'iso' | 'minute';
  coordinates: 'latlon' | 'bng' | 'both';
  /** Police classify the ASB type themselves; the others leave it to the category's default. */
  givesAsbType: boolean;
  /** SLA target relative to the category's. */
  slaFactor: number;
  /** Median resolution time relative to the SLA target (below 1: most are met). */
  resolutionFactor: number;
}

const COUNCIL_CHANNELS = { web: 48, email: 20, other: 20, sms: 5, in_person: 7 };
const COUNCIL_PRECISION = { time: 68, day: 29, month: 3 };

const council = (code: string, name: string, kind: AgencyKind, idPrefix: string): GeneratedAgency => ({
  code,
  name,
  kind,
  idPrefix,
  channels: COUNCIL_CHANNELS,
  precision: COUNCIL_PRECISION,
  timeForm: 'minute',
  coordinates: 'bng',
  givesAsbType: false,
  slaFactor: 1,
  resolutionFactor: 0.6,
});

export const AGENCIES: readonly GeneratedAgency[] = [
  {
    code: 'police',
    name: 'Demo Constabulary',
    kind: 'police',
    idPrefix: 'PC',
    channels: { phone_101: 58, phone_999: 12, web: 24, email: 2, sms: 1, in_person: 3 },
    precision: { time: 96, day: 2, month: 2 },
    timeForm: 'iso',
    coordinates: 'latlon',
    givesAsbType: true,
    slaFactor: 1,
    resolutionFactor: 0.55,
  },
  council('city_council', 'Demo City Council', 'unitary_council', 'CC'),
  council('district_council', 'Demo District Council', 'district_council', 'DC'),
  council('borough_council', 'Demo Borough Council', 'district_council', 'BC'),
  {
    code: 'housing',
    name: 'Demo Homes (housing provider)',
    kind: 'housing',
    idPrefix: 'HS',
    channels: { other: 35, email: 30, web: 20, sms: 8, in_person: 7 },
    precision: { time: 40, day: 45, month: 15 },
    timeForm: 'minute',
    coordinates: 'both',
    givesAsbType: false,
    slaFactor: 1.25,
    resolutionFactor: 0.7,
  },
  {
    code: 'fire',
    name: 'Demo Fire and Rescue',
    kind: 'fire',
    idPrefix: 'FR',
    channels: { phone_999: 80, web: 10, other: 10 },
    precision: { time: 100, day: 0, month: 0 },
    timeForm: 'iso',
    coordinates: 'latlon',
    givesAsbType: false,
    slaFactor: 1,
    resolutionFactor: 0.45,
  },
];

export const agencyIndex = (code: string): number => {
  const i = AGENCIES.findIndex((a) => a.code === code);
  if (i < 0) throw new Error(`generator: no agency ${code}`);
  return i;
};

export const POLICE = agencyIndex('police');
export const HOUSING = agencyIndex('housing');
export const FIRE = agencyIndex('fire');
export const COUNCILS = ['city_council', 'district_council', 'borough_council'].map(agencyIndex);

/** The slow agency resolves this many times slower than its usual pace. */
export const SLOW_AGENCY_FACTOR = 2.6;
/** Spread of resolution times around the median (sd of their logarithm). */
export const RESOLUTION_SIGMA = 0.75;
