import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import type { LinkThresholds } from '../ingest-options.ts';
import { familyOf } from './category-family.ts';

const code = (text: string): Sql => ({ text, params: [] });

/**
 * The reports to link: stored contacts in scope (a condition on contact c), or a batch not stored yet,
 * as rows (id, agency_code, category, easting, northing, received_at, time_precision).
 */
export type Reports = { scope: Sql } | { batch: Sql };

/**
 * Stores in `<prefix>_pairs` (a, b with a < b) every pair of reports to different agencies, in the same
 * category family, at most `metres` apart (BNG) and `minutes` apart, where at least one is one of the
 * reports (the others are stored contacts). Only records with a time of day take part: a month or a day
 * alone says nothing about minutes. See pairsFrom for how the search avoids comparing every pair.
 */
export async function findLinkPairs(
  tx: Executor,
  reports: Reports,
  t: LinkThresholds,
  prefix: string,
): Promise<number> {
  const pairs = code(`${prefix}_pairs`);
  const points = pointsOf(reports, t);
  const [older] = await tx.all<{ found: boolean }>(
    sql`select exists (select 1 from (${points}) where not in_scope) as found`,
  );
  await tx.run(sql`create temp table ${pairs} as ${pairsFrom(points, t, older?.found ?? false)}`);
  const [n] = await tx.all<{ n: number }>(sql`select count(*)::double as n from ${pairs}`);
  return n?.n ?? 0;
}

/**
 * The reports that can take part, with their cell (cx, cy, ct) and the side of it they lie on (sx, sy,
 * st: -1 for the lower half), and stored contacts within the reports' time span (in_scope false). Read
 * straight from contact inside the pairs statement: a temporary table of them cost more to write than a
 * second pass over contact's columns.
 */
function pointsOf(reports: Reports, t: LinkThresholds): Sql {
  const seconds = t.minutes * 60;
  const side = (x: string, size: number) =>
    `case when ${x} - floor(${x} / ${2 * size}) * ${2 * size} < ${size} then -1 else 1 end`;
  const located = sql`c.time_precision = 'time' and c.easting is not null and c.northing is not null`;
  const point = (inScope: Sql) => sql`c.id, c.agency_code, ${familyOf(code('c.category'))} as family,
    c.easting as e, c.northing as n, epoch(c.received_at) as t, ${inScope} as in_scope`;
  const stored = (inScope: Sql) => sql`select ${point(inScope)} from contact c, span
    where ${located} and c.received_at between span.lo and span.hi`;
  // A batch not stored yet is all in scope; the stored contacts of its time span are the others.
  const [timed, rows] =
    'scope' in reports
      ? [sql`contact c where ${reports.scope} and`, stored(reports.scope)]
      : [
          sql`(${reports.batch}) c where`,
          sql`select ${point(sql`true`)} from (${reports.batch}) c where ${located} union all ${stored(sql`false`)}`,
        ];
  return sql`with span as (select min(received_at) - to_seconds(${seconds}) as lo, max(received_at) + to_seconds(${seconds}) as hi
      from ${timed} c.time_precision = 'time')
    select id, agency_code, family, e, n, t, in_scope,
      floor(e / ${2 * t.metres})::bigint as cx, floor(n / ${2 * t.metres})::bigint as cy,
      floor(t / ${2 * seconds})::bigint as ct,
      ${code(side('e', t.metres))} as sx, ${code(side('n', t.metres))} as sy, ${code(side('t', seconds))} as st
    from (${rows})`;
}

/**
 * Points sit in cells twice the thresholds wide: a report's partners lie in its own cell or the next
 * one on its nearer side in each dimension (8 cells). A pair of new reports is looked for from one end
 * only, the one for which the step to the other's cell points forward (its first non-zero component is
 * positive): 4.5 cells on average. The backward steps are looked up among older reports only, when
 * there are any.
 */
function pairsFrom(points: Sql, t: LinkThresholds, withOlder: boolean): Sql {
  const seconds = t.minutes * 60;
  // One select per step (their filters on the sides keep 4.5 probes a report, not 8), and no filter on
  // scope: a report out of scope gets no cell (null matches nothing). DuckDB then counts the probe side
  // as larger than the points and builds its hash table on the points, the smaller side.
  const probes = (forward: boolean) => {
    const [sign, p] = [forward ? 1 : -1, sql`p.id, p.agency_code, p.family, p.e, p.n, p.t`];
    const kx = (step: string) => code(`case when p.in_scope then p.cx${step} end as kx`);
    const own = sql`select ${p}, ${kx('')}, p.cy as ky, p.ct as kt from pts p union all `;
    return sql`${forward ? own : code('')}select ${p}, ${kx('')}, p.cy as ky, p.ct + p.st as kt from pts p where p.st = ${sign}
      union all select ${p}, ${kx('')}, p.cy + p.sy as ky, p.ct + ot * p.st as kt
        from pts p, (values (0), (1)) z(ot) where p.sy = ${sign}
      union all select ${p}, ${kx(' + p.sx')}, p.cy + oy * p.sy as ky, p.ct + ot * p.st as kt
        from pts p, (values (0), (1)) y(oy), (values (0), (1)) z(ot) where p.sx = ${sign}`;
  };
  const matches = (forward: boolean) => sql`select a.id as a, b.id as b from (${probes(forward)}) a
    join (select id, agency_code, family, e, n, t, cx, cy, ct from pts
      ${forward ? code('') : code('where not in_scope')}) b
      on b.cx = a.kx and b.cy = a.ky and b.ct = a.kt and b.family = a.family
    where a.agency_code <> b.agency_code
      and (a.e - b.e) * (a.e - b.e) + (a.n - b.n) * (a.n - b.n) <= ${t.metres * t.metres}
      and abs(a.t - b.t) <= ${seconds}`;
  // A first load has no older reports: the backward half would probe an empty side.
  const found = withOlder ? sql`${matches(true)} union all ${matches(false)}` : matches(true);
  return sql`with pts as materialized (${points})
    select distinct least(a, b) as a, greatest(a, b) as b from (${found})`;
}
