import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHiddenLayer } from '../../server/contract/hidden-layers.ts';
import type { Db, Executor } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { rebuildRollup } from '../../server/queries/contact-rollup.ts';
import { demoDbWithOutline } from '../helpers/rollup-changes.ts';

let db: Db;
beforeAll(async () => {
  db = await demoDbWithOutline(5_000);
}, 120_000);
afterAll(() => db.close());

const [RS, US] = ['\x1e', '\x1f'];

/**
 * contact_rollup's rows counted in plain code: each contact's distinct areas of every layer that is not
 * hidden, as sorted `layer<US>code` tags between RS separators, counted by batch, month, category, agency.
 */
async function countedByHand(tx: Executor): Promise<string[]> {
  const contacts = await tx.all<{
    id: number;
    batch: number;
    month: string;
    category: string;
    agency: string;
    monthOnly: boolean;
  }>(
    sql`select id::double as id, batch_id as batch, strftime(received_on, '%Y-%m-01') as month, category,
      agency_code as agency, time_precision = 'month' as "monthOnly" from contact`,
  );
  const areas = await tx.all<{ id: number; layer: string; code: string }>(
    sql`select contact_id::double as id, layer_id as layer, area_code as code from contact_area`,
  );
  const tags = new Map<number, Set<string>>();
  for (const a of areas) {
    if (isHiddenLayer(a.layer)) continue;
    const set = tags.get(a.id) ?? new Set<string>();
    set.add(`${a.layer}${US}${a.code}`);
    tags.set(a.id, set);
  }
  const rows = new Map<string, { contacts: number; monthOnly: number }>();
  for (const c of contacts) {
    const combo =
      RS +
      [...(tags.get(c.id) ?? [])]
        .sort()
        .map((t) => t + RS)
        .join('');
    const key = [c.batch, c.month, c.category, c.agency, combo].join('|');
    const row = rows.get(key) ?? { contacts: 0, monthOnly: 0 };
    row.contacts += 1;
    row.monthOnly += c.monthOnly ? 1 : 0;
    rows.set(key, row);
  }
  return [...rows].map(([key, r]) => `${key}|${r.contacts}|${r.monthOnly}`).sort();
}

async function stored(tx: Executor): Promise<string[]> {
  const rows = await tx.all<{
    key: string;
  }>(sql`select concat_ws('|', batch_id, strftime(month, '%Y-%m-%d'), category,
      agency_code, combo, sum(contacts), sum(month_only)) as key
    from contact_rollup group by batch_id, month, category, agency_code, combo`);
  return rows.map((r) => r.key).sort();
}

/** Runs `fn` in a transaction that is then undone. */
async function undone(fn: (tx: Executor) => Promise<void>): Promise<void> {
  await db
    .transaction(async (tx) => {
      await fn(tx);
      throw new Error('undo');
    })
    .catch((e: unknown) => {
      if (!(e instanceof Error) || e.message !== 'undo') throw e;
    });
}

describe('contact_rollup, row by row', () => {
  it('holds each contact under its areas, as counted by hand, after the demo load', async () => {
    const expected = await countedByHand(db);
    expect(expected.length).toBeGreaterThan(100);
    // The drawn outline is a hidden layer: no combo names it.
    expect(expected.some((r) => r.includes(`drawn_1${US}`))).toBe(false);
    expect(await stored(db)).toEqual(expected);
  }, 60_000);

  it.each([
    [
      'a contact in two wards, in the last slice',
      sql`insert into contact_area
      select max(id), 'ward', 'ZZ99' from contact`,
    ],
    [
      'a contact with an area of a layer not listed',
      sql`insert into contact_area
      select min(id) + 10, 'zone', 'Z1' from contact`,
    ],
    ['no such contact', sql`select 1`],
  ])(
    'counts %s as by hand, in slices of 700 contacts',
    async (_, change) => {
      await undone(async (tx) => {
        await tx.run(change);
        await rebuildRollup(tx, 700);
        const expected = await countedByHand(tx);
        expect(await stored(tx)).toEqual(expected);
        const [n] = await tx.all<{ n: number }>(sql`select sum(contacts)::integer as n from contact_rollup`);
        expect(n?.n).toBe(5_000);
      });
    },
    60_000,
  );

  it('finds the planted cases in the hand count', async () => {
    await undone(async (tx) => {
      await tx.run(sql`insert into contact_area select max(id), 'ward', 'ZZ99' from contact`);
      await tx.run(sql`insert into contact_area select min(id) + 10, 'zone', 'Z1' from contact`);
      const rows = await countedByHand(tx);
      expect(
        rows.filter((r) => r.includes(`${RS}ward${US}ZZ99${RS}`) && r.includes(`ward${US}DW`)),
      ).toHaveLength(1);
      expect(rows.filter((r) => r.includes(`${RS}zone${US}Z1${RS}`))).toHaveLength(1);
    });
  }, 60_000);
});
