import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../server/contract/dashboard.ts';
import type { DrawnAreaList } from '../../server/contract/drawn-areas.ts';
import {
  apiGet,
  formatCount,
  headlineContacts,
  screenshot,
  signedInPage,
  useE2eEnvironment,
} from './e2e-helpers.ts';

const env = useE2eEnvironment();

/** Clicks the corners of a pentagon around the middle of the map, then the first corner to close it. */
async function drawPentagon(page: Page): Promise<void> {
  const box = await page.locator('.boundary-map__leaflet').boundingBox();
  if (!box) throw new Error('the map has no size');
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const corners = [0, 1, 2, 3, 4].map((k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / 5;
    return [cx + 110 * Math.cos(angle), cy + 90 * Math.sin(angle)] as const;
  });
  for (const [k, [x, y]] of [...corners, corners[0] as readonly [number, number]].entries()) {
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.click(x, y);
    if (k === 3) await screenshot(page, 'drawn-area-drawing');
  }
}

describe('drawing an area on the map', () => {
  it('filters every page to the drawn outline and names it in the filter bar', async () => {
    const { context, page, errors } = await signedInPage(env);
    const before = await headlineContacts(page);

    await page.getByRole('link', { name: 'Map' }).click();
    await page.getByTestId('boundary-map').waitFor();
    await page.getByRole('button', { name: 'Draw an area' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Click the first corner');
    await drawPentagon(page);
    const form = page.getByRole('form', { name: 'New drawn area' });
    await form.waitFor();
    await expect(page.locator('path[data-outline="pending"]').count()).resolves.toBe(1);
    await expect(page.getByTestId('area-details').textContent()).resolves.toContain('Point at or click');
    await form.getByLabel('Name (optional)').fill('Market beat');
    await screenshot(page, 'drawn-area-named');
    await form.getByRole('button', { name: 'Filter the dashboard to this area' }).click();

    await page.waitForURL(/area=drawn_\w+(%3A|:)\w+/);
    const area = new URL(page.url()).searchParams.get('area') ?? '';
    await page.locator('path[data-outline="filter"]').waitFor();
    const list = page.getByRole('list', { name: 'Drawn areas' });
    await expect.poll(() => list.textContent()).toContain('Market beat');
    await expect(list.textContent()).resolves.toContain('Filtering the dashboard');
    await expect(page.getByTestId('drawn-areas').textContent()).resolves.toContain(
      'Every page is filtered to Market beat',
    );
    await screenshot(page, 'drawn-area-map-filtered');

    const mine = await apiGet<DrawnAreaList>(page, env.server.url, '/api/drawn-areas');
    const stored = mine.areas.find((a) => `${a.layer}:${a.code}` === area);
    expect(stored?.name).toBe('Market beat');
    expect(stored?.geometry.coordinates[0]).toHaveLength(6);

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.waitForURL(/\/\?/);
    const summary = await apiGet<Summary>(page, env.server.url, `/api/summary?area=${area}`);
    expect(summary.contacts).toBeGreaterThan(0);
    await expect.poll(() => headlineContacts(page)).toContain(formatCount(summary.contacts));
    expect(await headlineContacts(page)).not.toBe(before);
    const picked = page.locator('#filter-area option:checked');
    await expect(picked.textContent()).resolves.toBe('Market beat');
    await expect(page.locator('#filter-layer option:checked').textContent()).resolves.toBe(
      'Drawn on the map',
    );
    await page.getByText('Loading the monthly trend').waitFor({ state: 'detached' });
    await screenshot(page, 'drawn-area-overview');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cancels drawing on Escape, applies a saved area again, and deleting it clears the filter', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.getByRole('link', { name: 'Map' }).click();
    await page.getByRole('button', { name: 'Draw an area' }).click();
    await page.getByRole('button', { name: 'Cancel drawing' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Draw an area' }).waitFor();
    const list = page.getByRole('list', { name: 'Drawn areas' });
    await list.getByRole('button', { name: 'Filter to this area' }).click();
    await page.waitForURL(/area=drawn_/);
    const link = page.url();
    await page.locator('path[data-outline="filter"]').waitFor();
    await screenshot(page, 'drawn-area-reapplied');

    page.once('dialog', (d) => void d.accept());
    await list.getByRole('button', { name: 'Delete Market beat' }).click();
    await page.getByText('No drawn areas yet.').waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBeNull();
    // The outline goes with the next render once the filter is cleared: poll, as for the URL.
    await expect.poll(() => page.locator('path[data-outline="filter"]').count()).toBe(0);
    expect(errors).toEqual([]);

    // A link saved before the deletion says so on the map instead of filtering to nothing.
    await page.goto(link);
    await expect.poll(() => page.getByTestId('drawn-areas').textContent()).toContain('no longer exists');
    await context.close();
  });
});
