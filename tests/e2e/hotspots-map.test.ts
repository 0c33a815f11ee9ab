import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emergingLabel } from '../../client/src/features/map/emerging-colours.ts';
import { CLASS_LABELS } from '../../client/src/features/map/hotspot-colours.ts';
import type { Hotspots } from '../../server/contract/hotspots.ts';
import { apiGet, formatCount, openPage, screenshot, signIn, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();
const twoPlaces = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** /api/hotspots for the method and the filters now in the page's address bar. */
async function hotspotsNow(page: Page, method: string): Promise<Hotspots> {
  const search = new URLSearchParams(new URL(page.url()).search);
  for (const key of ['layer', 'view']) search.delete(key);
  search.set('method', method);
  return apiGet<Hotspots>(page, env.server.url, `/api/hotspots?${search.toString()}`);
}

const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Clicks the middle of cell i, placed on screen from the view's bounds the map writes on itself. */
async function clickCell(page: Page, h: Hotspots, i: number) {
  const map = page.locator('.leaflet-container');
  const [south, west, north, east] = ((await map.getAttribute('data-view')) ?? '').split(',').map(Number);
  const box = await map.boundingBox();
  if (!box || south === undefined || west === undefined || north === undefined || east === undefined)
    throw new Error('the map has no view bounds');
  const [s, w, n, e] = h.cells.bounds.slice(4 * i, 4 * i + 4) as [number, number, number, number];
  const x = box.x + (((w + e) / 2 - west) / (east - west)) * box.width;
  const y =
    box.y + ((mercator(north) - mercator((s + n) / 2)) / (mercator(north) - mercator(south))) * box.height;
  await page.mouse.click(x, y);
  await expect
    .poll(() => page.getByTestId('cell-details').locator('dl').getAttribute('data-cell'))
    .toBe(h.cells.ids[i]);
}

const busiest = (h: Hotspots) => h.cells.counts.indexOf(Math.max(...h.cells.counts));
const legendText = (page: Page) => page.getByTestId('map-legend').textContent();

describe('the hotspot map', () => {
  it('switches between layers and shows a clicked cell’s figures as the API gives them', async () => {
    const { context, page, errors } = await openPage(env.browser);
    await signIn(page, 'analyst', undefined, env.server.url);
    await page.waitForURL(`${env.server.url}/`);
    await page.goto(`${env.server.url}/map?layer=district&view=gistar`);
    await expect.poll(() => legendText(page)).toContain('Getis-Ord Gi*');
    await expect(page.getByTestId('hotspot-parameters').textContent()).resolves.toMatch(
      /250 m cells, band 375 m, Anscombe-transformed counts, Benjamini-Hochberg FDR/,
    );
    await expect(page.getByTestId('sparse-warning').textContent()).resolves.toMatch(/larger cell/);

    const gi = await hotspotsNow(page, 'gistar');
    const hottest = gi.cells.z?.indexOf(Math.max(...(gi.cells.z as number[]))) ?? -1;
    await page.waitForTimeout(300);
    await clickCell(page, gi, hottest);
    const text = (id: string) => page.getByTestId(id).textContent();
    await expect(text('cell-count')).resolves.toBe(formatCount(gi.cells.counts[hottest] as number));
    await expect(text('cell-z')).resolves.toBe(twoPlaces.format(gi.cells.z?.[hottest] as number));
    await expect(text('cell-class')).resolves.toBe(CLASS_LABELS.hot_99);
    await expect(text('cell-p-adjusted')).resolves.toBe('< 0.0001');
    const trend = page.getByTestId('cell-trend');
    await trend.waitFor();
    const categories = await trend.locator('li strong').allTextContents();
    const total = categories.reduce((sum, t) => sum + Number(t.replace(/,/g, '')), 0);
    expect(total).toBe(gi.cells.counts[hottest]);
    await screenshot(page, 'hotspots-gistar');

    await page.getByRole('radio', { name: 'Grid counts' }).click();
    await expect.poll(() => legendText(page)).toContain('Contacts per cell');
    const grid = await hotspotsNow(page, 'grid');
    await clickCell(page, grid, busiest(grid));
    await expect(text('cell-count')).resolves.toBe(formatCount(Math.max(...grid.cells.counts)));
    await expect(page.getByTestId('cell-z').count()).resolves.toBe(0);
    await screenshot(page, 'hotspots-grid');

    await page.getByRole('radio', { name: 'Kernel density' }).click();
    await expect.poll(() => legendText(page)).toContain('Kernel density');
    await expect(page.getByTestId('hotspot-parameters').textContent()).resolves.toContain('bandwidth 500 m');
    const kde = await hotspotsNow(page, 'kde');
    await clickCell(page, kde, busiest(kde));
    await expect(text('cell-density')).resolves.toContain(
      twoPlaces.format(kde.cells.density?.[busiest(kde)] as number),
    );
    await screenshot(page, 'hotspots-kde');

    await page.getByRole('radio', { name: 'Emerging hot spots (monthly)' }).click();
    await expect.poll(() => legendText(page), { timeout: 20_000 }).toContain('Emerging hotspots');
    const em = await hotspotsNow(page, 'emerging');
    await clickCell(page, em, busiest(em));
    await expect(text('cell-pattern')).resolves.toBe(emergingLabel(em.cells.emerging?.[busiest(em)] ?? ''));
    await expect(text('cell-pattern')).resolves.toBe('Persistent hot spot');
    await screenshot(page, 'hotspots-emerging');

    await page.getByRole('radio', { name: 'Kernel density' }).click();
    await expect.poll(() => legendText(page)).toContain('Kernel density');
    await page.getByLabel('Cell size (m)').fill('500');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByTestId('hotspot-parameters').textContent()).toContain('500 m cells');
    await expect(page.getByTestId('hotspot-parameters').textContent()).resolves.toContain(
      'bandwidth 1,000 m',
    );

    await page.getByRole('radio', { name: 'Area rates' }).click();
    await expect.poll(() => legendText(page)).toContain('Contacts per 1,000 residents');
    expect(errors).toEqual([]);
    await context.close();
  });
});
