import { describe, expect, it } from 'vitest';
import type { BoundaryCollection, Summary } from '../../server/contract/dashboard.ts';
import { ROLE_LABEL } from '../../server/contract/auth.ts';
import { DEMO_USERS } from '../../server/demo/demo-users.ts';
import {
  apiGet,
  boundaryPaths,
  formatCount,
  headlineContacts,
  openPage,
  screenshot,
  signIn,
  useE2eEnvironment,
} from './e2e-helpers.ts';

const env = useE2eEnvironment();

describe.each(DEMO_USERS.map((u) => [u.username, u.role] as const))('signed in as %s', (username, role) => {
  it('shows the real headline figures and draws every boundary of the layer', async () => {
    const { context, page, errors } = await openPage(env.browser);
    await signIn(page, username, undefined, env.server.url);
    if (role === 'board') {
      // The board's home is its pack; the overview is one click away.
      await page.waitForURL(`${env.server.url}/board`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    }
    await page.waitForURL(`${env.server.url}/`);

    const summary = await apiGet<Summary>(page, env.server.url, '/api/summary');
    expect(summary.contacts).toBeGreaterThan(0);
    await expect.poll(() => headlineContacts(page)).toBe(formatCount(summary.contacts));
    await expect(page.getByTestId('headline-verdict').textContent()).resolves.toMatch(
      /change|increase|decrease|fair/i,
    );
    await expect.poll(() => page.locator('.recharts-line').count()).toBe(2);
    await expect(page.getByText('Demo data', { exact: true }).isVisible()).resolves.toBe(true);
    await page.locator('.user-menu summary').click();
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe(ROLE_LABEL[role]);
    await page.locator('.user-menu summary').click();
    await screenshot(page, `overview-${username}`);
    // Trends is analysis for analysts and JAGs; the board is offered only what its role may open.
    const trendsLinks = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' });
    await expect(trendsLinks.count()).resolves.toBe(role === 'board' ? 0 : 1);

    await page.getByRole('link', { name: 'Map' }).click();
    await page.waitForURL(/\/map/);
    const layer = await page.locator('input[name="boundary-layer"]:checked').inputValue();
    const boundaries = await apiGet<BoundaryCollection>(page, env.server.url, `/api/boundaries/${layer}`);
    expect(boundaries.features.length).toBeGreaterThan(0);
    await expect.poll(() => boundaryPaths(page).count()).toBe(boundaries.features.length);

    const details = page.getByTestId('area-details');
    const found = boundaries.features[0]?.properties;
    const clicked = boundaries.features.at(-1)?.properties;
    if (!found || !clicked) throw new Error('the layer has no areas');
    await boundaryPaths(page).last().dispatchEvent('click');
    await expect.poll(() => details.textContent()).toContain(clicked.code);
    await page.getByLabel('Find an area').selectOption(found.code);
    await expect.poll(() => details.textContent()).toContain(found.name);
    await expect(details.textContent()).resolves.toContain(found.code);
    if (found.population !== null) {
      await expect(details.textContent()).resolves.toContain(formatCount(found.population));
    }
    await screenshot(page, `map-${username}`);

    expect(errors).toEqual([]);
    await context.close();
  });
});
