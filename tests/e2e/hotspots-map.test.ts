import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emergingLabel } from '../../client/src/features/map/emerging-colours.ts';
import { CLASS_LABELS } from '../../client/src/features/map/hotspot-colours.ts';
import type { AreaStats } from '../../server/contract/dashboard.ts';
import type { HotPlaces, HotspotAccuracy, HotspotCell, Hotspots } from '../../server/contract/hotspots.ts';
import { decodeHotspots } from '../../server/contract/hotspots-map.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';
import {
  apiGet,
  formatCount,
  screenshot,
  signedInPage,
  useE2eEnvironment,
  clickCell,
} from './e2e-helpers.ts';

const env = useE2eEnvironment();
const twoPlaces = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** /api/hotspots for the method and the filters now in the page's address bar. */
async function hotspotsNow(page: Page, method: string): Promise<Hotspots> {
  const search = new URLSearchParams(new URL(page.url()).search);
  for (const key of ['layer', 'view']) search.delete(key);
  search.set('method', method);
  return apiGet<Hotspots>(page, env.server.url, `/api/hotspots?${search.toString()}`);
}

const busiest = (h: Hotspots) => h.cells.counts.indexOf(Math.max(...h.cells.counts));
const legendText = (page: Page) => page.getByTestId('map-legend').textContent();

describe('the hotspot map', () => {
  it('switches between layers and shows a clicked cell’s figures as the API gives them', async () => {
    const { context, page, errors } = await signedInPage(env);
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

    await page.getByRole('radio', { name: 'Emerging hot spots' }).click();
    await expect.poll(() => legendText(page), { timeout: 20_000 }).toContain('Emerging hotspots');
    const em = await hotspotsNow(page, 'emerging');
    await clickCell(page, em, busiest(em));
    const pattern = decodeHotspots(em, bngToWgs84).cells.emerging?.[busiest(em)];
    await expect(text('cell-pattern')).resolves.toBe(emergingLabel(pattern ?? ''));
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

/** /api/<path> with the filters now in the page's address bar. */
async function apiNow<T>(page: Page, path: string, extra: Record<string, string>): Promise<T> {
  const search = new URLSearchParams(new URL(page.url()).search);
  for (const key of ['layer', 'view', 'measure', 'cell', 'band', 'bandwidth']) search.delete(key);
  for (const [k, v] of Object.entries(extra)) search.set(k, v);
  return apiGet<T>(page, env.server.url, `${path}?${search.toString()}`);
}

describe('the map side panel, repeat locations and accuracy', () => {
  it('profiles a clicked cell: trend, category mix, hour x weekday with month-only records counted, top places', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.goto(`${env.server.url}/map?layer=district&view=grid`);
    await expect.poll(() => legendText(page)).toContain('Contacts per cell');
    const grid = await hotspotsNow(page, 'grid');
    const i = busiest(grid);
    await page.waitForTimeout(300);
    await clickCell(page, grid, i);
    const cell = await apiNow<HotspotCell>(page, '/api/hotspots/cell', { id: grid.cells.ids[i] as string });
    const trend = page.getByTestId('cell-trend');
    await trend.waitFor();
    await expect(trend.locator('svg rect').count()).resolves.toBe(cell.months.length);
    const categories = await page.getByTestId('profile-categories').locator('li strong').allTextContents();
    expect(categories.reduce((sum, t) => sum + Number(t.replace(/,/g, '')), 0)).toBe(cell.contacts);
    await expect(page.getByTestId('profile-hour-weekday').locator('tr').count()).resolves.toBe(8);
    const leftOut = await page.getByTestId('profile-left-out').textContent();
    expect(leftOut).toContain(`${formatCount(cell.hourWeekday.leftOut.monthOnly)} month only`);
    const places = page.getByTestId('profile-top-places').locator('tr');
    await expect(places.count()).resolves.toBe(cell.topPlaces.length);
    expect(cell.topPlaces.length).toBeGreaterThan(0);
    await expect(places.first().textContent()).resolves.toContain(cell.topPlaces[0]?.label);
    await page.getByTestId('cell-details').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-cell-profile');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists hot dots as the API counts them, zooms to one, and shows PAI and PEI of each method', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.goto(`${env.server.url}/map?layer=district&view=kde`);
    await expect.poll(() => legendText(page)).toContain('Kernel density');
    const places = await apiNow<HotPlaces>(page, '/api/hotspots/places', { limit: '20' });
    const rows = page.getByTestId('hot-places').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(places.places.length);
    const first = places.places[0];
    if (!first) throw new Error('the demo has places');
    await expect(rows.first().textContent()).resolves.toContain(first.label);
    await expect(rows.first().textContent()).resolves.toContain(formatCount(first.contacts));
    await expect(page.getByTestId('concentration-summary').textContent()).resolves.toContain(
      `busiest 5% hold ${new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(places.byPlace.top5 ?? 0)}`,
    );
    await page.getByTestId('hot-places').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-hot-dots');
    await rows.first().getByRole('button').click();
    await expect
      .poll(() => page.locator('.leaflet-tooltip').allTextContents())
      .toContain(`${first.label}: ${first.contacts} contacts`);
    await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await screenshot(page, 'map-hot-dot-zoomed');

    await page.getByRole('tab', { name: 'Which map predicts best' }).click();
    const table = page.getByTestId('accuracy-table');
    await table.waitFor({ timeout: 20_000 });
    for (const method of ['grid', 'kde', 'gistar']) {
      const acc = await apiNow<HotspotAccuracy>(page, '/api/hotspots/accuracy', { method });
      await expect(page.getByTestId(`pai-${method}`).textContent()).resolves.toBe(
        twoDecimals.format(acc.pai as number),
      );
      await expect(page.getByTestId(`pei-${method}`).textContent()).resolves.toBe(
        twoDecimals.format(acc.pei as number),
      );
    }
    await expect(page.getByTestId('accuracy-windows').textContent()).resolves.toMatch(
      /made from 1 Nov 2024 to 31 Oct 2025 \(training\) and scored on 1 Nov 2025 to 31 Oct 2026 \(test\)/,
    );
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'map-accuracy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('colours areas above and below the force-wide rate and profiles a clicked area', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.goto(`${env.server.url}/map?layer=ward&measure=versus`);
    await expect.poll(() => legendText(page)).toContain('Against the force-wide rate');
    await expect(page.getByTestId('versus-rule').textContent()).resolves.toMatch(/Benjamini-Hochberg/);
    const stats = await apiNow<AreaStats>(page, '/api/areas', { layer: 'ward' });
    const above = stats.areas.find((a) => a.versusForce === 'above');
    if (!above) throw new Error('some demo ward is above the force rate');
    await page.locator(`.leaflet-overlay-pane path[data-code="${above.code}"]`).dispatchEvent('click');
    await expect.poll(() => page.getByTestId('area-versus-force').getAttribute('data-verdict')).toBe('above');
    const profile = page.getByTestId('area-profile-view');
    await profile.waitFor();
    const categories = await profile
      .locator('[data-testid="profile-categories"] li strong')
      .allTextContents();
    expect(categories.reduce((sum, t) => sum + Number(t.replace(/,/g, '')), 0)).toBe(above.contacts);
    const s = stats.significance;
    await expect(page.getByTestId('layer-versus-force').textContent()).resolves.toContain(
      `${s?.above} of ${s?.tested} areas significantly above the force-wide rate, ${s?.below} below`,
    );
    await screenshot(page, 'map-versus-force');
    expect(errors).toEqual([]);
    await context.close();
  });
});
