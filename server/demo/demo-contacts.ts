import { monthStart } from '../analytics/months.ts';
import { ASB_TYPES, DEFAULT_ASB_TYPE, type TimePrecision } from '../contract/taxonomy.ts';
import type { ContactRecord, ContactStatus } from './contact-record.ts';
import type { DemoDay } from './demo-calendar.ts';
import { LAYER } from './demo-layers.ts';
import { pointInside, type DemoPoint } from './demo-places.ts';
import {
  CATEGORY_PROFILE,
  CHANNEL_MIX,
  DEMO_CATEGORIES,
  HOUR_PROFILE,
  PRECISION_MIX,
} from './demo-profiles.ts';
import type { DemoWorld } from './demo-world.ts';
import { createRandom, weightedPick, WeightedSampler, zipfWeights, type Random } from './random.ts';

const HOUR_MS = 3_600_000;
const RECEIVERS = ['police', 'city_council', 'district_council', 'housing', 'fire'] as const;
const HOURS = {
  evening: new WeightedSampler(HOUR_PROFILE.evening),
  daytime: new WeightedSampler(HOUR_PROFILE.daytime),
};
const REPEAT_CALLERS = new WeightedSampler(zipfWeights(8, 1));

/** Streams `count` demo contacts with ids from firstId; the same world and seed give the same records. */
export function* generateDemoContacts(
  world: DemoWorld,
  options: { count: number; seed: number; firstId: number },
): Generator<ContactRecord> {
  // A stream apart from the geography's, so changing the world's draws leaves the records' mix alone.
  const random = createRandom(options.seed ^ 0x5bd1e995);
  for (let i = 0; i < options.count; i++) yield demoContact(world, random, options.firstId + i);
}

function demoContact(world: DemoWorld, random: Random, id: number): ContactRecord {
  const day = world.calendar.days[world.calendar.sampler.sample(random)] as DemoDay;
  const categoryIndex = day.categories.sample(random);
  const category = DEMO_CATEGORIES[categoryIndex] as (typeof DEMO_CATEGORIES)[number];
  const profile = CATEGORY_PROFILE[category];
  const areaIndex = (world.areaSamplers[categoryIndex] as WeightedSampler).sample(random);
  const smallArea = world.geography.smallAreas[areaIndex] as (typeof world.geography.smallAreas)[number];
  const ward = world.wardOf[areaIndex] as (typeof world.wardOf)[number];
  const receiver = weightedPick(profile.agencies, random);
  const agencyCode = receiver !== 'council' ? receiver : ward.urban ? 'city_council' : 'district_council';
  const when = pickWhen(random, day, weightedPick(PRECISION_MIX[receiver], random), profile.daytime);
  const where = pickWhere(random, world, areaIndex, id);
  const vulnerable = random.chance(profile.vulnerable);
  const slaTargetHours = vulnerable ? Math.min(24, profile.slaHours) : profile.slaHours;
  return {
    id,
    agencyCode,
    sourceRecordId: `${agencyCode.toUpperCase()}-${id}`,
    channel: weightedPick(CHANNEL_MIX[receiver], random),
    receivedAtMs: when.receivedAtMs,
    receivedOn: when.receivedOn,
    timePrecision: when.precision,
    fromAtMs: when.fromAtMs,
    toAtMs: when.toAtMs,
    category,
    asbType: random.chance(0.85)
      ? DEFAULT_ASB_TYPE[category]
      : (ASB_TYPES[random.int(0, 2)] as ContactRecord['asbType']),
    ...where.point,
    locationRef: where.locationRef,
    callerRef: pickCaller(random, smallArea.code, id, category === 'street_lighting'),
    vulnerable,
    ...pickOutcome(random, world.referenceMs, when.startMs, slaTargetHours, agencyCode),
    slaTargetHours,
    areas: [
      { layerId: LAYER.smallArea, code: smallArea.code },
      { layerId: LAYER.ward, code: ward.code },
      { layerId: LAYER.district, code: world.geography.district.code },
    ],
  };
}

interface When {
  precision: TimePrecision;
  receivedOn: string;
  receivedAtMs: number | null;
  fromAtMs: number | null;
  toAtMs: number | null;
  /** Where the resolution clock starts; unknown for month-only records. */
  startMs: number | null;
}

function pickWhen(random: Random, day: DemoDay, precision: TimePrecision, daytime: boolean): When {
  const none = { receivedAtMs: null, fromAtMs: null, toAtMs: null };
  if (precision === 'month') return { precision, receivedOn: monthStart(day.date), ...none, startMs: null };
  if (precision === 'day')
    return { precision, receivedOn: day.date, ...none, startMs: day.ms + 12 * HOUR_MS };
  const hour = (daytime ? HOURS.daytime : HOURS.evening).sample(random);
  const receivedAtMs = day.ms + hour * HOUR_MS + random.int(0, 3_599) * 1_000;
  // A fifth of callers report something that happened within a window before they called.
  const window = random.chance(0.2);
  const toAtMs = window ? receivedAtMs - random.int(0, 120) * 60_000 : null;
  const fromAtMs = toAtMs === null ? null : toAtMs - random.int(60, 14 * 60) * 60_000;
  return { precision, receivedOn: day.date, receivedAtMs, fromAtMs, toAtMs, startMs: receivedAtMs };
}

function pickWhere(random: Random, world: DemoWorld, areaIndex: number, id: number) {
  const places = world.placesOf[areaIndex];
  if (places && random.chance(0.45)) {
    const k = places.sampler.sample(random);
    return { point: places.points[k] as DemoPoint, locationRef: places.refs[k] as string };
  }
  const smallArea = world.geography.smallAreas[areaIndex] as (typeof world.geography.smallAreas)[number];
  return {
    point: pointInside(random, smallArea, world.parentsOf[areaIndex] ?? []),
    locationRef: `LOC-${id}`,
  };
}

function pickCaller(random: Random, areaCode: string, id: number, usuallyPatrol: boolean): string | null {
  if (random.chance(usuallyPatrol ? 0.6 : 0.2)) return null;
  if (random.chance(0.3)) return `CALLER-${areaCode}-${REPEAT_CALLERS.sample(random) + 1}`;
  return `CALLER-${id}`;
}

function pickOutcome(
  random: Random,
  referenceMs: number,
  startMs: number | null,
  slaHours: number,
  agencyCode: string,
): { status: ContactStatus; resolvedAtMs: number | null; referralPartner: string | null } {
  const others = RECEIVERS.filter((r) => r !== agencyCode);
  const referralPartner = random.chance(0.06) ? (others[random.int(0, others.length - 1)] as string) : null;
  const status: ContactStatus = referralPartner ? 'referred' : 'closed';
  if (startMs === null) return { status, resolvedAtMs: null, referralPartner };
  const hours = slaHours * 0.7 * Math.exp(0.8 * random.normal());
  const resolvedAtMs = startMs + Math.round(hours * 3_600) * 1_000;
  if (resolvedAtMs > referenceMs) return { status: 'open', resolvedAtMs: null, referralPartner: null };
  return { status, resolvedAtMs, referralPartner };
}
