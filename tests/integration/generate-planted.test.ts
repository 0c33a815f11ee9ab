import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlantedTruth } from '../../server/contract/planted-truth.ts';
import type { Db } from '../../server/db/database.ts';
import { sql, type Sql } from '../../server/db/sql.ts';
import { generateIntoDb } from '../../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { testDb } from '../helpers/test-app.ts';

const RECORDS = 100_000;
let db: Db;
let truth: PlantedTruth;
beforeAll(async () => {
  db = await testDb();
  ({ truth } = await generateIntoDb(db, { records: RECORDS, seed: 97_531, ...DEFAULT_PERIOD }));
});
afterAll(() => db.close());

const row = async (q: Sql) => (await db.all<Record<string, number>>(q))[0] ?? {};
const distance = (c: { easting: number; northing: number }) =>
  sql`sqrt(power(easting - ${c.easting}, 2) + power(northing - ${c.northing}, 2))`;

describe('what the generator plants (100,000 records)', () => {
  it('concentrates contacts in each persistent hotspot, close to the share the truth expects', async () => {
    const cells =
      await row(sql`select avg(n) as mean from (select floor(easting / 250), floor(northing / 250),
      count(*) as n from contact group by all)`);
    for (const h of truth.hotspots) {
      const r =
        await row(sql`select count(*) filter (where floor(easting / 250) = floor(${h.centre.easting} / 250)
          and floor(northing / 250) = floor(${h.centre.northing} / 250)) as cell,
        avg((${distance(h.centre)} <= ${h.radiusM})::integer) as share from contact`);
      expect(r.cell, h.name).toBeGreaterThan(10 * (cells.mean as number));
      expect(r.share, h.name).toBeGreaterThan(0.8 * h.expectedShare);
      expect(r.share, h.name).toBeLessThan(1.2 * h.expectedShare);
      expect(h.expectedShare).toBeGreaterThan(3 * h.backgroundShare);
    }
  });

  it('starts the emerging hotspot part-way through and lets it grow', async () => {
    const e = truth.emergingHotspot;
    const r = await row(sql`select avg(n) filter (where ym < ${e.startMonth}) as before,
        avg(n) filter (where ym >= ${e.fullStrengthMonth}) as after
      from (select strftime(received_on, '%Y-%m') as ym, count(*) filter (where ${distance(e.centre)} <= ${e.radiusM}) as n
        from contact group by all)`);
    expect(r.after).toBeGreaterThan(4 * (r.before as number));
  });

  it('leaves the cold spot with far fewer contacts than its residents predict', async () => {
    const c = truth.coldSpot;
    const r =
      await row(sql`select count(*) / ${c.population} / (${RECORDS} / ${truth.geography.population}) as ratio
      from contact_area where layer_id = ${c.layerId} and area_code = ${c.code}`);
    expect(r.ratio).toBeLessThan(0.5);
    expect(r.ratio).toBeCloseTo(c.expectedShare / c.populationShare, 1);
  });

  it('cuts contacts in the intervention area from its start, and moves part of them into the buffer', async () => {
    const iv = truth.intervention;
    const r =
      await row(sql`with d as (select received_on >= ${iv.start}::date as after, ${distance(iv.centre)} as m
        from contact),
      s as (select count(*) filter (where m <= ${iv.radiusM} and not after) as tb,
          count(*) filter (where m <= ${iv.radiusM} and after) as ta,
          count(*) filter (where m > ${iv.radiusM} and m <= ${iv.bufferRadiusM} and not after) as bb,
          count(*) filter (where m > ${iv.radiusM} and m <= ${iv.bufferRadiusM} and after) as ba,
          count(*) filter (where m > ${iv.bufferRadiusM} and not after) as cb,
          count(*) filter (where m > ${iv.bufferRadiusM} and after) as ca from d)
      select (ta / ca) / (tb / cb) as target, (ba / ca) / (bb / cb) as buffer,
        ba - bb * ca / cb as gained, tb * ca / cb - ta as lost from s`);
    expect(r.target).toBeLessThan(0.65);
    expect(r.buffer).toBeGreaterThan(1.1);
    expect(r.gained).toBeLessThan(r.lost as number);
  });

  it('makes a few callers account for a large share of the contacts, some of them vulnerable', async () => {
    const r = await row(sql`with c as (select caller_ref, count(*) as n, bool_or(vulnerable) as v from contact
        where caller_ref is not null group by all),
      ranked as (select n, v, row_number() over (order by n desc) as rank, count(*) over () as callers,
        sum(n) over () as total from c)
      select sum(n) filter (where rank <= 0.04 * callers) / any_value(total) as top_share,
        count(*) filter (where n >= 3 and v) as vulnerable_repeats from ranked`);
    expect(r.top_share).toBeGreaterThan(0.25);
    expect(Number(r.vulnerable_repeats)).toBeGreaterThan(50);
  });

  it('reports some incidents twice, to two agencies, within the stated minutes and metres', async () => {
    const d = truth.duplicates;
    const r = await row(sql`select count(*) as pairs from contact a join contact b
        on a.received_on = b.received_on and a.category = b.category and a.agency_code <> b.agency_code
        and b.received_at > a.received_at and b.received_at <= a.received_at + ${d.maxMinutes} * interval 1 minute
      where sqrt(power(a.easting - b.easting, 2) + power(a.northing - b.northing, 2)) <= ${d.maxMetres}`);
    expect(Number(r.pairs)).toBeGreaterThan(0.7 * d.share * RECORDS);
    expect(Number(r.pairs)).toBeLessThan(1.5 * d.share * RECORDS);
  });

  it('makes the slow agency meet its SLA far less often than the rest, as the truth says', async () => {
    const rows = await db.all<{ agency: string; met: number }>(sql`select agency_code as agency,
        avg((resolved_at <= received_at + sla_target_hours * interval 1 hour)::integer) as met
      from contact where time_precision = 'time' and resolved_at is not null group by all`);
    const slow = truth.service.slowAgency;
    for (const { agency, met } of rows) {
      expect(met, agency).toBeCloseTo(truth.service.slaMetShare[agency] as number, 1);
      if (agency !== slow)
        expect(met, agency).toBeGreaterThan((rows.find((x) => x.agency === slow)?.met ?? 1) + 0.3);
    }
  });
});
