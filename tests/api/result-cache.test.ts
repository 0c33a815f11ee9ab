import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../server/contract/dashboard.ts';
import { sql } from '../../server/db/sql.ts';
import { recountBatchRollup } from '../../server/queries/contact-rollup.ts';
import { contact, insertFixture } from '../helpers/contact-fixtures.ts';
import { startFixtureApp } from '../helpers/contact-fixtures.ts';
import type { TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let cookie: string;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, cookie, close } = await startFixtureApp('analyst'));
});
afterAll(() => close());

const Q1 = '/api/summary?from=2025-01-01&to=2025-03-31';
const statusOf = (path: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(`${app.url}${path}`, { headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
const contactsIn = async (res: Response) => ((await res.json()) as Summary).contacts;

// Three years of months: a body over 1 kB, which goes gzip-encoded when the client accepts it.
const LONG = '/api/timeseries?from=2023-01-01&to=2025-12-31';

describe('the result cache of aggregate routes', () => {
  it('answers a repeat from the cache with the same body, gzip and an ETag that revalidates', async () => {
    const first = await app.request(LONG, { cookie });
    const second = await app.request(LONG, { cookie, headers: { 'accept-encoding': 'gzip' } });
    const body = await first.text();
    expect(body.length).toBeGreaterThanOrEqual(1024);
    expect(await second.text()).toBe(body);
    expect(second.headers.get('content-encoding')).toBe('gzip');
    expect(second.headers.get('cache-control')).toBe('private, no-cache');
    const etag = second.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    // fetch adds Cache-Control: no-cache to a request carrying If-None-Match, so revalidate as a browser does.
    expect(await statusOf(LONG, { cookie, 'if-none-match': etag })).toBe(304);
    expect(await statusOf(LONG, { cookie, 'if-none-match': 'W/"other"' })).toBe(200);
  });

  it('sends a body under 1 kB plain, gzip accepted or not, fresh or cached, with its ETag', async () => {
    for (const cacheControl of ['no-cache', '']) {
      const res = await app.request(Q1, {
        cookie,
        headers: { 'accept-encoding': 'gzip', ...(cacheControl ? { 'cache-control': cacheControl } : {}) },
      });
      const body = await res.text();
      expect(body.length).toBeLessThan(1024);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(body));
      expect((JSON.parse(body) as Summary).contacts).toBe(5);
      expect(await statusOf(Q1, { cookie, 'if-none-match': res.headers.get('etag') ?? '' })).toBe(304);
    }
  });

  const moveContact5 = async (day: string) => {
    await app.db.run(sql`update contact set received_on = ${day}::date where id = 5`);
    const [row] = await app.db.all<{ b: number }>(sql`select batch_id as b from contact where id = 5`);
    await recountBatchRollup(app.db, [row?.b ?? -1]);
  };

  it('serves a cached answer until the data change, and no-cache skips it', async () => {
    expect(await contactsIn(await app.request(Q1, { cookie }))).toBe(5);
    // A change outside any transaction (never done by the product) shows what the cache is holding.
    // (the dashboard counts whole months from the rollup, so the batch is counted again with it)
    await moveContact5('2023-06-01');
    expect(await contactsIn(await app.request(Q1, { cookie }))).toBe(5);
    expect(
      await contactsIn(await app.request(Q1, { cookie, headers: { 'cache-control': 'no-cache' } })),
    ).toBe(4);
    await moveContact5('2025-03-15');
    expect(
      await contactsIn(await app.request(Q1, { cookie, headers: { 'cache-control': 'no-cache' } })),
    ).toBe(5);
  });

  it('drops every cached answer when a load commits', async () => {
    expect(await contactsIn(await app.request(Q1, { cookie }))).toBe(5);
    await insertFixture(app.db, { contacts: [contact(100, { receivedOn: '2025-02-14' })] });
    expect(await contactsIn(await app.request(Q1, { cookie }))).toBe(6);
  });

  it('keeps answers apart by role', async () => {
    const board = await app.login('board');
    const mine = await (await app.request(Q1, { cookie })).text();
    const fresh = await (
      await app.request(Q1, { cookie: board, headers: { 'cache-control': 'no-cache' } })
    ).text();
    const boards = await (await app.request(Q1, { cookie: board })).text();
    expect(boards).toBe(fresh);
    expect(mine).not.toBe('');
  });

  it('leaves routes outside the aggregate list uncached and unstored', async () => {
    const me = await app.request('/api/auth/me', { cookie });
    expect(me.headers.get('cache-control')).toBe('private, no-store');
  });
});
