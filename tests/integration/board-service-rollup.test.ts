import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../server/contract/filters.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { serviceCells, type BacklogCell } from '../../server/queries/board-service-cells.ts';
import { rebuildRollup, rollupCurrent } from '../../server/queries/contact-rollup.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { demoDbWithOutline, keptAndRebuilt, rollupChanges } from '../helpers/rollup-changes.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-service-rollup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sorted = (rows: BacklogCell[]) =>
  [...rows].sort((a, b) => `${a.agency}/${a.category}`.localeCompare(`${b.agency}/${b.category}`));

/**
 * The backlog at the end of f counted record by record in plain SQL: every contact with a time,
 * received by then and not resolved by then (open or in progress if never resolved), and how many of
 * them were older than their target then (a day-only record counts as received at midday).
 */
async function counted(db: Db, f: Filters): Promise<BacklogCell[]> {
  const end = `${f.to} 00:00:00`;
  return db.all<BacklogCell>(sql`select agency_code as agency, category, count(*)::integer as backlog,
      count(*) filter (where sla_target_hours is not null and (epoch(${end}::timestamp + interval 1 day)
        - epoch(coalesce(received_at, received_on + interval 12 hour))) / 3600.0 > sla_target_hours)::integer
        as past_target
    from contact
    where received_on <= ${f.to}::date and time_precision <> 'month'
      and (resolved_at >= ${end}::timestamp + interval 1 day
        or (resolved_at is null and status in ('open', 'in_progress')))
      and ${others(f)}
    group by all`);
}

/** The filters' category, agency and area, each written out plainly. */
const others = (
  f: Filters,
) => sql`(${f.category[0] ?? null}::varchar is null or category = ${f.category[0] ?? null})
  and (${f.agency[0] ?? null}::varchar is null or agency_code = ${f.agency[0] ?? null})
  and (${f.area?.code ?? null}::varchar is null or id in (select contact_id from contact_area
    where layer_id = ${f.area?.layer ?? null} and area_code = ${f.area?.code ?? null}))`;

/** The period's contacts per cell, resolution minutes in order, and repeat callers, in plain SQL. */
async function periodCounted(db: Db, f: Filters) {
  const scoped = sql`(select *, case when resolved_at is not null and time_precision <> 'month' then
      (epoch(resolved_at) - epoch(coalesce(received_at, received_on + interval 12 hour))) / 3600.0 end as hours
    from contact where received_on between ${f.from}::date and ${f.to}::date and ${others(f)})`;
  const cells = await db.all(sql`select agency_code as agency, category, count(*)::integer as contacts,
      count(*) filter (where hours is not null and sla_target_hours is not null)::integer as with_target,
      count(*) filter (where hours <= sla_target_hours)::integer as within,
      coalesce(list(round(hours * 60)::integer order by hours) filter (where hours is not null), []) as minutes
    from ${scoped} group by all order by all`);
  const repeats = await db.all(sql`with callers as (select agency_code, category, caller_ref from ${scoped}
      where caller_ref is not null)
    select 'agency_code' as split, agency_code as key, count(*)::integer as callers from (select agency_code
      from callers group by agency_code, caller_ref having count(*) >= 2) group by all
    union all select 'category', category, count(*)::integer from (select category from callers
      group by category, caller_ref having count(*) >= 2) group by all
    union all select null, null, count(*)::integer from (select caller_ref from callers
      group by caller_ref having count(*) >= 2)
    order by all`);
  return { cells, repeats };
}

const quarter = (from: string, to: string, more: Partial<Filters> = {}): Filters => ({
  from,
  to,
  category: [],
  agency: [],
  area: null,
  ...more,
});

describe('the backlog at a quarter end from service_open', () => {
  let db: Db;
  beforeAll(async () => {
    db = await demoDbWithOutline(20_000);
  }, 120_000);
  afterAll(() => db.close());

  const sets: Filters[] = [
    quarter('2026-07-01', '2026-09-30'),
    quarter('2026-04-01', '2026-06-30', { category: ['noise'], area: { layer: 'ward', code: 'DW10' } }),
    quarter('2025-10-01', '2025-12-31', { agency: ['police'] }),
    quarter('2024-01-01', '2024-03-31', { area: { layer: 'small_area', code: 'DW10G' } }),
    quarter('2025-01-01', '2025-03-31', { area: { layer: 'drawn_1', code: 'D1' } }),
    // Not a month's end: counted from the contacts, the same way.
    quarter('2026-02-10', '2026-02-20', { category: ['rowdy'] }),
    quarter('2026-10-01', '2026-10-14'),
  ];

  it('equals counting every contact record by record, for whole quarters, filters and odd days', async () => {
    expect(await rollupCurrent(db)).toBe(true);
    for (const f of sets) {
      const want = sorted(await counted(db, f));
      expect({ f, got: sorted((await serviceCells(db, f)).backlog) }).toEqual({ f, got: want });
    }
    // With service_open out of date, the contacts themselves give the same.
    await db.run(sql`update app_meta set value = '-1' where key = 'rollup_version'`);
    db.markChanged();
    expect(await rollupCurrent(db)).toBe(false);
    for (const f of sets.slice(0, 3))
      expect(sorted((await serviceCells(db, f)).backlog)).toEqual(sorted(await counted(db, f)));
    await db.transaction((tx) => rebuildRollup(tx));
    expect(await rollupCurrent(db)).toBe(true);
    // The sets hold a backlog to count, some of it past target, and one in the drawn outline.
    const [whole, , , , drawn] = await Promise.all(sets.map((f) => counted(db, f)));
    const sum = (rows: BacklogCell[] | undefined, k: 'backlog' | 'past_target') =>
      (rows ?? []).reduce((s, r) => s + r[k], 0);
    expect(sum(whole, 'backlog')).toBeGreaterThan(20);
    expect(sum(whole, 'past_target')).toBeGreaterThan(0);
    expect(sum(whole, 'past_target')).toBeLessThan(sum(whole, 'backlog'));
    expect(sum(drawn, 'backlog')).toBeGreaterThan(0);
  }, 120_000);

  it("counts the period's contacts, times and repeat callers as plain SQL does, for the same sets", async () => {
    for (const f of sets) {
      const { cells, repeats } = await serviceCells(db, f);
      const got = {
        cells: cells
          .map((c) => ({
            agency: c.agency,
            category: c.category,
            contacts: c.contacts,
            with_target: c.resolved_with_target,
            within: c.resolved_within_target,
            minutes: [...c.minutes].sort((a, b) => a - b),
          }))
          .sort((a, b) => `${a.agency}/${a.category}`.localeCompare(`${b.agency}/${b.category}`)),
        repeats: [...repeats].sort((a, b) =>
          `${a.split ?? '~'}/${a.key ?? ''}`.localeCompare(`${b.split ?? '~'}/${b.key ?? ''}`),
        ),
      };
      const want = await periodCounted(db, f);
      const order = <T extends Record<string, unknown>>(rows: T[], key: (r: T) => string) =>
        [...rows].sort((a, b) => key(a).localeCompare(key(b)));
      expect({ f, ...got }).toEqual({
        f,
        cells: order(want.cells, (r) => `${String(r.agency)}/${String(r.category)}`),
        repeats: order(
          want.repeats,
          (r) => `${r.split === null ? '~' : String(r.split)}/${String(r.key ?? '')}`,
        ),
      });
    }
    // Something to count: repeat callers in the whole quarter, contacts in the short period.
    const whole = await periodCounted(db, sets[0] as Filters);
    expect(whole.repeats.find((r) => r.split === null)?.callers).toBeGreaterThan(0);
    expect((await periodCounted(db, sets[5] as Filters)).cells.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('keeping service_open in step', () => {
  let mdb: Db;
  beforeAll(async () => {
    mdb = await demoDb(5_000);
  }, 120_000);
  afterAll(() => mdb.close());

  const held = sql`select batch_id, id, received_on::varchar as received_on, received::varchar as received,
      resolved_at::varchar as resolved_at, category, agency_code, sla_target_hours
    from service_open order by id`;

  /** The table as kept equals the table copied again from every stored contact. */
  async function inStep() {
    const { kept, rebuilt } = await keptAndRebuilt(mdb, (db) => db.all(held));
    expect(await rollupCurrent(mdb)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
  }

  it('after the demo load, an ingested file, its removal, a purge, and a boundary layer coming and going', async () => {
    await inStep();
    await rollupChanges(mdb, dir, async (change, batchId) => {
      if (change === 'loaded to remove') {
        const held = await mdb.all<{ n: number }>(
          sql`select count(*)::integer as n from service_open where batch_id = ${batchId}`,
        );
        expect(held[0]?.n).toBeGreaterThan(0);
        return;
      }
      await inStep();
      if (change !== 'layer loaded') return;
      // A backlog filtered by the new layer's area is still the one counted record by record.
      const f = quarter('2026-07-01', '2026-09-30', { area: { layer: 'beat', code: 'B1' } });
      expect(sorted((await serviceCells(mdb, f)).backlog)).toEqual(sorted(await counted(mdb, f)));
    });
  }, 240_000);
});
