import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BoundaryCollection, Summary } from '../../server/contract/dashboard.ts';
import {
  apiGet,
  formatCount,
  headlineContacts,
  openPage,
  screenshot,
  signedInPage,
  signIn,
  useE2eEnvironment,
} from './e2e-helpers.ts';

const env = useE2eEnvironment();

/** The figure /api/summary gives for the filters now in the page's address bar. */
async function expectedContacts(page: Page): Promise<string> {
  const summary = await apiGet<Summary>(page, env.server.url, `/api/summary${new URL(page.url()).search}`);
  return formatCount(summary.contacts);
}

describe('the filter bar', () => {
  it('shows the period in force when the link chooses no dates, and the chosen one when it does', async () => {
    const { context, page, errors } = await signedInPage(env);
    const { period } = await apiGet<Summary>(page, env.server.url, '/api/summary');
    const line = page.getByTestId('period-in-force');
    await expect.poll(() => line.getAttribute('data-from')).toBe(period.from);
    await expect(line.getAttribute('data-to')).resolves.toBe(period.to);
    await expect(line.textContent()).resolves.toMatch(/^Showing .+ – .+ \(the last 12 months of data/);
    await expect(line.textContent()).resolves.toContain(period.to.slice(0, 4));
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(period.from);
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe(period.to);
    await headlineContacts(page);
    await page.locator('.recharts-line').first().waitFor();
    // The pointer is left where the sign-in button was, over the chart: move it off so no tooltip shows.
    await page.mouse.move(0, 0);
    await screenshot(page, 'overview-period');
    // Leaving a default date as it is does not write it into the link.
    await page.getByLabel('From', { exact: true }).focus();
    await page.getByLabel('To', { exact: true }).focus();
    expect(new URL(page.url()).search).toBe('');

    await page.getByLabel('To', { exact: true }).fill(period.to.slice(0, 8) + '01');
    await page.waitForURL(/to=\d{4}-\d{2}-01/);
    await expect.poll(() => line.getAttribute('data-to')).toBe(period.to.slice(0, 8) + '01');
    await expect(line.textContent()).resolves.toContain('the 12 months ending on the date chosen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts each filter in the URL, changes the figures, and a reload reproduces the view', async () => {
    const { context, page, errors } = await signedInPage(env);
    const all = await headlineContacts(page);
    expect(all).toBe(await expectedContacts(page));

    await page.locator('summary', { hasText: 'All categories' }).click();
    await page.getByLabel('Noisy neighbours and loud parties').check();
    await page.waitForURL(/category=noise/);
    await page.keyboard.press('Escape');
    await expect.poll(() => headlineContacts(page)).not.toBe(all);
    const noise = await headlineContacts(page);
    expect(noise).toBe(await expectedContacts(page));

    const period = await apiGet<Summary>(page, env.server.url, '/api/summary');
    await page.getByLabel('From', { exact: true }).fill(period.period.to.slice(0, 8) + '01');
    await page.waitForURL(/from=\d{4}-\d{2}-01/);
    await expect.poll(() => headlineContacts(page)).not.toBe(noise);
    const oneMonth = await headlineContacts(page);
    expect(oneMonth).toBe(await expectedContacts(page));
    await screenshot(page, 'overview-filtered');

    await page.reload();
    await expect.poll(() => headlineContacts(page)).toBe(oneMonth);
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(
      period.period.to.slice(0, 8) + '01',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters to an area chosen by layer and name', async () => {
    const { context, page } = await signedInPage(env);
    const all = await headlineContacts(page);
    await page.getByLabel('Area type').selectOption('ward');
    const wards = await apiGet<BoundaryCollection>(page, env.server.url, '/api/boundaries/ward');
    const ward = wards.features[0]?.properties;
    if (!ward) throw new Error('the demo data have no wards');
    await page.getByLabel('Area', { exact: true }).selectOption(ward.code);
    await page.waitForURL(new RegExp(`area=ward(%3A|:)${ward.code}`));
    await expect.poll(() => headlineContacts(page)).not.toBe(all);
    expect(await headlineContacts(page)).toBe(await expectedContacts(page));
    await context.close();
  });

  it('brings a signed-out visitor back to the copied link after sign-in', async () => {
    const link = `${env.server.url}/?category=vandalism,drugs&agency=police`;
    const { context, page } = await openPage(env.browser);
    await page.goto(link);
    await page.waitForURL(`${env.server.url}/login`);
    await signIn(page, 'tasking');
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('category') === 'vandalism,drugs');
    expect(await headlineContacts(page)).toBe(await expectedContacts(page));
    await context.close();
  });

  it('shows link values it cannot use instead of dropping them silently', async () => {
    const { context, page } = await signedInPage(env);
    await page.goto(`${env.server.url}/?category=noise,bogus&from=2025-13-01`);
    const issues = page.getByTestId('filter-issues');
    await issues.waitFor();
    await expect(issues.textContent()).resolves.toContain('category=bogus');
    await expect(issues.textContent()).resolves.toContain('from=2025-13-01');
    const noiseOnly = await apiGet<Summary>(page, env.server.url, '/api/summary?category=noise');
    await expect.poll(() => headlineContacts(page)).toBe(formatCount(noiseOnly.contacts));
    await screenshot(page, 'overview-bad-link');
    await issues.locator('li', { hasText: 'category=bogus' }).getByRole('button').click();
    await page.waitForURL((u) => !u.search.includes('bogus'));
    await context.close();
  });
});
