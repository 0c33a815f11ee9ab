import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areaClassColour } from '../../client/src/features/map/area-gistar-colours.ts';
import { SEQUENTIAL } from '../../client/src/features/map/choropleth.ts';
import { formatRateWithInterval } from '../../client/src/lib/format.ts';
import type { AreaStat, AreaStats } from '../../server/contract/dashboard.ts';
import type { AreaHotspots } from '../../server/contract/hotspots.ts';
import { apiGet, formatCount, screenshot, signedInPage, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();

/** /api/areas for the map's layer and the filters now in the page's address bar. */
async function areasNow(page: Page, layer: string): Promise<AreaStats> {
  const search = new URLSearchParams(new URL(page.url()).search);
  search.set('layer', layer);
  search.delete('measure');
  return apiGet<AreaStats>(page, env.server.url, `/api/areas?${search.toString()}`);
}

const fillOf = (page: Page, code: string) =>
  page.locator(`.leaflet-overlay-pane path[data-code="${code}"]`).getAttribute('fill');

const byRate = (areas: readonly AreaStat[]) =>
  [...areas].filter((a) => a.rate !== null).sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0));

function rateWords(a: Pick<AreaStat, 'code' | 'rate' | 'rateLow' | 'rateHigh'>): string {
  if (a.rate === null || a.rateLow === null || a.rateHigh === null) throw new Error(`${a.code} has no rate`);
  return formatRateWithInterval({ rate: a.rate, rateLow: a.rateLow, rateHigh: a.rateHigh });
}

async function mapOf(layer: string) {
  const opened = await signedInPage(env);
  await opened.page.goto(`${env.server.url}/map?layer=${layer}`);
  await opened.page.getByTestId('map-legend').waitFor();
  return opened;
}

describe('the map choropleth', () => {
  it('colours each ward by its rate, with a legend, and shows the rate and interval of a clicked ward', async () => {
    const { context, page, errors } = await mapOf('ward');
    const stats = await areasNow(page, 'ward');
    const ranked = byRate(stats.areas);
    const low = ranked[0];
    const high = ranked.at(-1);
    if (!low || !high || low.rate === high.rate) throw new Error('the demo wards need different rates');

    await expect.poll(() => fillOf(page, high.code)).toBe(SEQUENTIAL.at(-1));
    await expect(fillOf(page, low.code)).resolves.toBe(SEQUENTIAL[0]);
    const legend = page.getByTestId('map-legend');
    await expect(legend.textContent()).resolves.toContain('Contacts per 1,000 residents');
    await expect(legend.textContent()).resolves.toContain('Quantile classes');
    await expect(legend.locator('li').count()).resolves.toBe(SEQUENTIAL.length);

    await page.locator(`.leaflet-overlay-pane path[data-code="${high.code}"]`).dispatchEvent('click');
    const details = page.getByTestId('area-details');
    await expect.poll(() => details.textContent()).toContain(high.name);
    await expect(page.getByTestId('area-rate').textContent()).resolves.toBe(rateWords(high));
    await expect(page.getByTestId('area-contacts').textContent()).resolves.toContain(
      formatCount(high.contacts),
    );
    await expect(page.getByTestId('layer-total').textContent()).resolves.toContain(
      rateWords({ ...stats.total, code: 'layer' }),
    );
    await expect(page.getByText('do not change this map yet').count()).resolves.toBe(0);
    await screenshot(page, 'map-choropleth');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the category filter: the clicked area and the colours change with it', async () => {
    const { context, page, errors } = await mapOf('ward');
    const before = await areasNow(page, 'ward');
    const area = byRate(before.areas).at(-1);
    if (!area) throw new Error('the demo wards have no rates');
    await page.locator(`.leaflet-overlay-pane path[data-code="${area.code}"]`).dispatchEvent('click');
    const contacts = page.getByTestId('area-contacts');
    await expect.poll(() => contacts.textContent()).toContain(formatCount(area.contacts));

    await page.locator('summary', { hasText: 'All categories' }).click();
    await page.getByLabel('Noisy neighbours and loud parties').check();
    await page.waitForURL(/category=noise/);
    await page.keyboard.press('Escape');
    const after = await areasNow(page, 'ward');
    const now = after.areas.find((a) => a.code === area.code);
    if (!now) throw new Error(`${area.code} is missing from the filtered figures`);
    expect(now.contacts).toBeLessThan(area.contacts);
    await expect.poll(() => contacts.textContent()).toContain(`${formatCount(now.contacts)} `);
    await expect(page.getByTestId('area-rate').textContent()).resolves.toBe(rateWords(now));
    const top = byRate(after.areas).at(-1);
    if (!top) throw new Error('no filtered rates');
    await expect.poll(() => fillOf(page, top.code)).toBe(SEQUENTIAL.at(-1));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('colours by the number of contacts when asked, and keeps that choice in the link', async () => {
    const { context, page, errors } = await mapOf('small_area');
    // The radio's state follows the URL, which updates asynchronously: click, then wait for the link.
    await page.getByLabel('Number of contacts').click();
    await page.waitForURL(/measure=count/);
    const stats = await areasNow(page, 'small_area');
    const most = [...stats.areas].sort((a, b) => a.contacts - b.contacts).at(-1);
    const fewest = [...stats.areas].sort((a, b) => a.contacts - b.contacts)[0];
    if (!most || !fewest || most.contacts === fewest.contacts) throw new Error('the small areas need counts');
    await expect
      .poll(() => page.getByTestId('map-legend').locator('p').first().textContent())
      .toBe('Contacts');
    await expect.poll(() => fillOf(page, most.code)).toBe(SEQUENTIAL.at(-1));
    await expect.poll(() => fillOf(page, fewest.code)).toBe(SEQUENTIAL[0]);
    await page.reload();
    await expect.poll(() => page.getByLabel('Number of contacts').isChecked()).toBe(true);
    await screenshot(page, 'map-choropleth-counts');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('maps Gi* hot and cold areas with the rule in the legend, and gives a clicked area its class, z and adjusted p', async () => {
    const { context, page, errors } = await mapOf('small_area');
    await page.getByLabel('Gi* hot and cold areas').click();
    await page.waitForURL(/measure=gistar/);
    const search = new URLSearchParams(new URL(page.url()).search);
    search.delete('measure');
    const gi = await apiGet<AreaHotspots>(page, env.server.url, `/api/hotspots/areas?${search.toString()}`);
    const hottest = [...gi.areas].sort((a, b) => (b.z ?? 0) - (a.z ?? 0))[0];
    if (!hottest?.class?.startsWith('hot_') || gi.summary.hot === 0)
      throw new Error('the demo needs a hot area');

    const legend = page.getByTestId('map-legend');
    await expect.poll(() => legend.locator('p').first().textContent()).toBe('Gi* hot and cold areas');
    await expect(legend.textContent()).resolves.toContain('queen contiguity, binary weights');
    await expect(page.getByTestId('gistar-rule').textContent()).resolves.toContain(gi.method.rule);
    const same = gi.areas.filter((a) => a.class === hottest.class).length;
    await expect(legend.locator(`li[data-class="${hottest.class}"]`).textContent()).resolves.toContain(
      `${same} area`,
    );
    await expect.poll(() => fillOf(page, hottest.code)).toBe(areaClassColour(hottest.class));

    await page.locator(`.leaflet-overlay-pane path[data-code="${hottest.code}"]`).dispatchEvent('click');
    const panel = page.getByTestId('area-gistar');
    await expect.poll(() => panel.getAttribute('data-class')).toBe(hottest.class);
    await expect(panel.textContent()).resolves.toContain(`Gi* z ${(hottest.z ?? 0).toFixed(2)}`);
    await expect(panel.textContent()).resolves.toContain('adjusted p');
    await screenshot(page, 'map-choropleth-gistar');
    expect(errors).toEqual([]);
    await context.close();
  });
});
