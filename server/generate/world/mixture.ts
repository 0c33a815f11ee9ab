import { AliasTable } from '../alias-table.ts';
import type { Site } from '../site/site.ts';
import type { Calendar } from './calendar.ts';
import { GEN_CATEGORIES, PROFILES } from './category-profiles.ts';
import type { Plan } from './plan.ts';
import { REGION, type PlacePool } from './place-pool.ts';

const CATEGORY_COUNT = GEN_CATEGORIES.length;

/**
 * Draws a place of one component for a category. A background component splits its places into
 * urban and rural ones: a category's lean only changes how often each half is chosen, so two tables
 * serve all eight categories (small tables keep the hot loop in cache).
 */
export class ComponentSampler {
  private readonly halves: readonly [Half, Half];
  /** Per category, the chance of the first (urban) half. */
  private readonly firstShare: Float64Array;
  /** Per category, the component's weight (its places' weights with the category's lean). */
  readonly mass: Float64Array;

  constructor(site: Site, pool: PlacePool, component: number) {
    const lean = component < REGION.targetProblem;
    const urban = (p: number) => lean && (site.areas[pool.area[p] as number]?.urban ?? false);
    const places = placesIn(pool, component);
    const [u, r] = (this.halves = [
      half(pool, places.filter(urban)),
      half(
        pool,
        places.filter((p) => !urban(p)),
      ),
    ]);
    this.mass = Float64Array.from(PROFILES, (p) =>
      lean ? u.total * p.urban + r.total * p.rural : u.total + r.total,
    );
    this.firstShare = Float64Array.from(PROFILES, (p, c) =>
      lean ? (u.total * p.urban) / ((this.mass[c] as number) || 1) : u.total > 0 ? 1 : 0,
    );
  }

  /** A place for category c from one uniform u. */
  pick(c: number, u: number): number {
    const share = this.firstShare[c] as number;
    const first = u < share;
    const { places, table } = this.halves[first ? 0 : 1];
    return places[(table as AliasTable).pick(first ? u / share : (u - share) / (1 - share))] as number;
  }
}

interface Half {
  places: Int32Array;
  table: AliasTable | null;
  total: number;
}

function half(pool: PlacePool, places: readonly number[]): Half {
  const weights = Float64Array.from(places, (p) => pool.weight[p] as number);
  const total = weights.reduce((s, x) => s + x, 0);
  return { places: Int32Array.from(places), table: total > 0 ? new AliasTable(weights) : null, total };
}

/**
 * Where a contact happens, as a mixture of components: the background (rest of the site, the
 * intervention's target circle, its buffer ring) and the planted circles. The weights of the
 * components change by month: the intervention halves its target and pushes some into the buffer,
 * the emerging hotspot switches on and grows.
 */
export interface Mixture {
  components: number;
  /** Cumulative component shares per month and category: (month * categories + c) * components + k. */
  cumulative: Float64Array;
  samplers: readonly ComponentSampler[];
}

export function buildMixture(site: Site, pool: PlacePool, plan: Plan, calendar: Calendar): Mixture {
  const components = REGION.firstHotspot + plan.hotspots.length + 1;
  const samplers = Array.from({ length: components }, (_, k) => new ComponentSampler(site, pool, k));
  const mass = samplers.slice(0, REGION.targetProblem).map((s) => s.mass);
  const months = calendar.months.length;
  const cumulative = new Float64Array(months * CATEGORY_COUNT * components);
  for (let m = 0; m < months; m++)
    for (let c = 0; c < CATEGORY_COUNT; c++) {
      const w = componentWeights(plan, mass, m, c);
      const total = w.reduce((s, x) => s + x, 0);
      let running = 0;
      w.forEach((x, k) => {
        running += x;
        cumulative[(m * CATEGORY_COUNT + c) * components + k] = running / total;
      });
    }
  return { components, cumulative, samplers };
}

function placesIn(pool: PlacePool, region: number): number[] {
  const out: number[] = [];
  for (let p = 0; p < pool.count; p++) if (pool.region[p] === region) out.push(p);
  return out;
}

/** The component weights for month m and category c; the background masses add up to 1. */
function componentWeights(plan: Plan, mass: readonly Float64Array[], m: number, c: number): number[] {
  const [rest, target, buffer] = mass.map((x) => x[c] as number) as [number, number, number];
  const total = rest + target + buffer;
  const iv = plan.intervention;
  const problem = iv.weights[c] as number;
  const after = m >= iv.startMonth;
  const kept = after ? 1 - iv.reduction : 1;
  const displaced = after && buffer > 0 ? iv.displacedShare * iv.reduction * (target / total + problem) : 0;
  const em = plan.emerging;
  const ramp =
    m < em.startMonth ? 0 : Math.min(1, (m - em.startMonth + 1) / (em.fullMonth - em.startMonth + 1));
  return [
    rest / total,
    (kept * target) / total,
    buffer / total + displaced,
    kept * problem,
    ...plan.hotspots.map((h) => h.weights[c] as number),
    ramp * (em.weights[c] as number),
  ];
}

/** The component for month m, category c and a uniform u. */
export function pickComponent(mixture: Mixture, m: number, c: number, u: number): number {
  const base = (m * CATEGORY_COUNT + c) * mixture.components;
  let k = 0;
  while (k < mixture.components - 1 && u >= (mixture.cumulative[base + k] as number)) k++;
  return k;
}

/** A place's weight for category c: its own weight with the category's lean where it is background. */
export function placeWeight(site: Site, pool: PlacePool, place: number, c: number): number {
  const p = PROFILES[c] as (typeof PROFILES)[number];
  if ((pool.region[place] as number) >= REGION.targetProblem) return pool.weight[place] as number;
  const urban = site.areas[pool.area[place] as number]?.urban ?? false;
  return (pool.weight[place] as number) * (urban ? p.urban : p.rural);
}
