import { AliasTable } from '../alias-table.ts';
import type { GenerateOptions } from '../generate-options.ts';
import { DAY_MS, dayMs } from '../dates.ts';
import { createRandom } from '../random.ts';
import { mix32 } from '../records/hash.ts';
import type { Site } from '../site/site.ts';
import { CHANNELS, TIME_PRECISIONS } from '../../contract/taxonomy.ts';
import { AGENCIES, SLOW_AGENCY_FACTOR } from './agencies.ts';
import { buildCalendar, type Calendar } from './calendar.ts';
import { GEN_CATEGORIES, PROFILES } from './category-profiles.ts';
import { buildMixture, type Mixture } from './mixture.ts';
import { buildPlacePool, type PlacePool } from './place-pool.ts';
import { makePlan, type Plan } from './plan.ts';

/** Receivers in the order of a category's receiver sampler. */
export const RECEIVER_ORDER = ['police', 'council', 'housing', 'fire'] as const;

/** Everything that stays the same from record to record: the place, its calendar and what is planted. */
export interface World {
  options: GenerateOptions;
  site: Site;
  calendar: Calendar;
  plan: Plan;
  pool: PlacePool;
  mixture: Mixture;
  /** When the extract was taken (the day after the period): later resolutions are still open. */
  referenceMs: number;
  monthStartMs: Float64Array;
  /** Per category: draws an index into RECEIVER_ORDER. */
  receivers: readonly AliasTable[];
  /** Per agency: draws an index into TIME_PRECISIONS, and into CHANNELS. */
  precisions: readonly AliasTable[];
  channels: readonly AliasTable[];
  /** Per agency: median resolution time relative to the SLA target (the slow agency's raised). */
  resolutionFactor: Float64Array;
  /** Per category: how many repeat callers there are to draw from. */
  callerPool: Int32Array;
  /** Mixed into caller hashes, so another seed gives other callers. */
  callerSalt: number;
  /** Four hex digits in every source_record_id, so extracts generated with other seeds never share one. */
  idTag: string;
}

/** The caller pool grows with the records so repeat callers call about as often at any size. */
const CALLERS_PER_RECORD = 0.02;

export function buildWorld(site: Site, options: GenerateOptions): World {
  const random = createRandom(options.seed);
  const calendar = buildCalendar(options.from, options.to);
  const plan = makePlan(site, calendar.months.length, random.fork());
  const pool = buildPlacePool(site, plan, random.fork());
  const resolutionFactor = Float64Array.from(AGENCIES, (a, i) =>
    i === plan.slowAgency ? a.resolutionFactor * SLOW_AGENCY_FACTOR : a.resolutionFactor,
  );
  return {
    ...{ options, site, calendar, plan, pool, resolutionFactor },
    mixture: buildMixture(site, pool, plan, calendar),
    referenceMs: dayMs(options.to) + DAY_MS,
    monthStartMs: Float64Array.from(calendar.months, (m) => dayMs(`${m}-01`)),
    receivers: PROFILES.map((p) => new AliasTable(RECEIVER_ORDER.map((r) => p.receivers[r] ?? 0))),
    precisions: AGENCIES.map((a) => new AliasTable(TIME_PRECISIONS.map((t) => a.precision[t]))),
    channels: AGENCIES.map((a) => new AliasTable(CHANNELS.map((ch) => a.channels[ch] ?? 0))),
    callerPool: Int32Array.from(GEN_CATEGORIES, (_, c) =>
      Math.max(20, Math.round(options.records * CALLERS_PER_RECORD * (PROFILES[c]?.share ?? 0))),
    ),
    callerSalt: random.int(0, 0x7fffffff),
    idTag: (mix32(options.seed) >>> 16).toString(16).toUpperCase().padStart(4, '0'),
  };
}

/** The stream of records draws from its own generator, so the world's draws never shift the records'. */
export const recordRandom = (options: GenerateOptions) => createRandom(options.seed ^ 0x5bd1e995);
