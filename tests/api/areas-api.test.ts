import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaStats } from '../../server/contract/dashboard.ts';
import { startFixtureApp } from '../helpers/contact-fixtures.ts';
import type { TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let cookie: string;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, cookie, close } = await startFixtureApp('analyst'));
});
afterAll(() => close());

const get = (path: string, who = cookie) => app.request(path, { cookie: who });
const Q1 = 'from=2025-01-01&to=2025-03-31';
const areas = async (query: string) => {
  const res = await get(`/api/areas?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return AreaStats.parse(await res.json());
};

describe('GET /api/areas', () => {
  it('answers every ward with its hand-counted contacts and rate per 1,000 residents', async () => {
    const r = await areas(`layer=ward&${Q1}`);
    expect(r.layer).toEqual({ id: 'ward', name: 'Wards' });
    expect(r.period).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    // W1: contacts 1, 2, 5 among 1,000 residents; W2: 3, 4 among 2,000.
    expect(r.areas.map((a) => [a.code, a.name, a.population, a.contacts, a.rate])).toEqual([
      ['W1', 'Ward One', 1_000, 3, 3],
      ['W2', 'Ward Two', 2_000, 2, 1],
    ]);
    // R: poisson.test(3)$conf.int = 0.6186721 8.7672731 per 1,000 residents of W1.
    expect(r.areas[0]?.rateLow).toBeCloseTo(0.6186721, 6);
    expect(r.areas[0]?.rateHigh).toBeCloseTo(8.7672731, 6);
    expect(r.total).toMatchObject({
      contacts: 5,
      contactsWithPopulation: 5,
      population: 3_000,
      outsideLayer: 0,
    });
    expect(r.total.rate).toBeCloseTo(5 / 3, 12);
    // poisson.test(5)$conf.int / 3: 1.623486 11.668332 over 3,000 residents.
    expect(r.total.rateLow).toBeCloseTo(1.62348639 / 3, 7);
    expect(r.total.rateHigh).toBeCloseTo(11.66833208 / 3, 7);
  });

  it('follows the filters, keeping areas left with no contacts', async () => {
    const rowdy = await areas(`layer=ward&${Q1}&category=rowdy`);
    expect(rowdy.areas.map((a) => [a.code, a.contacts, a.rate])).toEqual([
      ['W1', 1, 1],
      ['W2', 0, 0],
    ]);
    expect(rowdy.areas[1]?.rateHigh).toBeCloseTo(3.68887945 / 2, 7);
    const housing = await areas(`layer=ward&${Q1}&agency=housing`);
    expect(housing.areas.map((a) => a.contacts)).toEqual([0, 1]);
    const inW2 = await areas(`layer=ward&${Q1}&area=ward:W2`);
    expect(inW2.areas.map((a) => a.contacts)).toEqual([0, 2]);
  });

  it('defaults to the period the other panels use', async () => {
    const r = await areas('layer=ward');
    expect(r.period).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    // Ids 1-5, 7 (2024-03-01 falls before) and 8: W1 has 1, 2, 5, 8; W2 has 3, 4.
    expect(r.areas.map((a) => a.contacts)).toEqual([4, 2]);
  });

  const bad: [string, number, string | null][] = [
    ['', 400, 'layer'],
    ['layer=', 400, 'layer'],
    ['layer=Not%20A%20Layer', 400, 'layer'],
    ['layer=ward;drop', 400, 'layer'],
    ['layer=lsoa', 404, null],
    ['layer=ward&category=graffiti', 400, 'category'],
    ['layer=ward&from=2025-02-30', 400, 'from'],
  ];
  for (const [query, status, parameter] of bad) {
    it(`answers ${status}${parameter ? ` naming '${parameter}'` : ''} for '${query}'`, async () => {
      const res = await get(`/api/areas?${query}`);
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { code: string; parameter?: string; message: string } };
      if (parameter) expect(body.error).toMatchObject({ code: 'invalid_input', parameter });
      else
        expect(body.error).toMatchObject({ code: 'not_found', message: "Boundary layer 'lsoa' not found" });
      expect(body.error.message).not.toMatch(/select|contact_area/i);
    });
  }

  it('is open to every role and to no one signed out', async () => {
    for (const role of ['admin', 'analyst', 'tasking']) {
      expect((await get(`/api/areas?layer=ward`, await app.login(role))).status).toBe(200);
    }
    expect((await app.request('/api/areas?layer=ward')).status).toBe(401);
  });
});
