import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RepeatConcentration, RepeatList } from '../../server/contract/repeats.ts';
import { apiGet, formatCount, screenshot, settled, signedInPage, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();

/** An API answer for the filters and view now in the page's address bar (the page asks for 25 a page). */
const apiNow = <T>(page: Page, path: string, extra = '') => {
  const search = new URLSearchParams(new URL(page.url()).search);
  for (const [k, v] of new URLSearchParams(extra)) search.set(k, v);
  return apiGet<T>(page, env.server.url, `${path}?${search.toString()}`);
};

const POLL = { timeout: 15_000 };
const callerTable = (page: Page) => page.getByTestId('repeat-table-callers');
const meetingCount = (page: Page) =>
  page
    .getByTestId('repeat-summary-callers')
    .locator('.repeat-summary__meets .repeat-summary__n')
    .textContent();

describe('the Repeats page', () => {
  it('lists repeat callers with those meeting the case-review threshold highlighted, vulnerable first', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.getByRole('link', { name: 'Repeats' }).click();
    await page.waitForURL(/\/repeats/);
    await callerTable(page).waitFor();
    await settled(page);
    const api = await apiNow<RepeatList>(page, '/api/repeats/callers', 'limit=25');
    const meeting = api.rows.filter((r) => r.meetsThreshold);
    expect(meeting.length).toBeGreaterThan(0);
    const rows = callerTable(page).locator('tbody tr');
    await expect.poll(() => rows.count(), POLL).toBe(api.rows.length);
    await expect(callerTable(page).locator('tr.repeat-row--meets').count()).resolves.toBe(meeting.length);
    const vulnerable = api.rows.filter((r) => r.vulnerable);
    await expect(callerTable(page).locator('.badge--vulnerable').count()).resolves.toBe(vulnerable.length);
    // The first rows are the vulnerable callers meeting the threshold, in the order the API gives.
    await expect(rows.first().locator('th code').textContent()).resolves.toBe(api.rows[0]?.ref);
    if (api.counts.vulnerableMeeting > 0)
      await expect(rows.first().getAttribute('data-vulnerable')).resolves.toBe('true');
    await expect(meetingCount(page)).resolves.toBe(formatCount(api.counts.meeting));
    await expect(page.getByTestId('window-explainer').textContent()).resolves.toMatch(
      /3 or more complaints within any six months/,
    );
    const conc = await apiNow<RepeatConcentration>(page, '/api/repeats/concentration');
    await expect.poll(() => page.locator('.concentration-chart .recharts-line').count(), POLL).toBe(3);
    await expect(page.getByTestId('concentration-figures').textContent()).resolves.toContain(
      formatCount(conc.callers.references),
    );
    await page.mouse.move(0, 0);
    await screenshot(page, 'repeats-page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts over a longer window when it is changed, and sorts by a column', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.goto(`${env.server.url}/repeats`);
    await callerTable(page).waitFor();
    await settled(page);
    const six = await apiNow<RepeatList>(page, '/api/repeats/callers');
    await page.getByLabel(/^Window/).selectOption('12m');
    await page.waitForURL(/window=12m/);
    await settled(page);
    const twelve = await apiNow<RepeatList>(page, '/api/repeats/callers');
    expect(twelve.counts.repeats).toBeGreaterThan(six.counts.repeats);
    await expect.poll(() => meetingCount(page), POLL).toBe(formatCount(twelve.counts.meeting));
    await expect(page.getByTestId('window-explainer').textContent()).resolves.toContain('12 months');

    await callerTable(page)
      .getByRole('button', { name: /^Complaints/ })
      .click();
    await settled(page);
    const byCount = await apiNow<RepeatList>(page, '/api/repeats/callers', 'sort=complaints&limit=25');
    const firstCount = callerTable(page).locator('tbody tr').first().locator('.repeat-count');
    await expect
      .poll(() => firstCount.textContent(), POLL)
      .toBe(formatCount(byCount.rows[0]?.complaints ?? -1));
    await expect(
      callerTable(page)
        .getByRole('columnheader', { name: /^Complaints/ })
        .getAttribute('aria-sort'),
    ).resolves.toBe('descending');
    await page.mouse.move(0, 0);
    await screenshot(page, 'repeats-12-months-by-count');

    // The download holds the whole list (every page), in the order shown, and no personal field.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the repeat callers as CSV' }).click(),
    ]);
    const csv = fs
      .readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(download.suggestedFilename()).toBe(
      `repeat-callers-${twelve.window.period.from}-to-${twelve.window.period.to}.csv`,
    );
    expect(csv).toHaveLength(twelve.counts.repeats + 1);
    expect(csv[0]).toMatch(/^reference,complaints_in_window,complaints_window_before,/);
    expect(csv[1]?.split(',').slice(0, 2)).toEqual([
      byCount.rows[0]?.ref,
      String(byCount.rows[0]?.complaints),
    ]);
    expect(csv.join('\n')).not.toMatch(/name|phone|address|description/i);

    // Near the start of the data the window before is only partly covered, and the page says so.
    await page.goto(`${env.server.url}/repeats?from=2023-05-01&to=2023-12-31`);
    await expect.poll(() => page.getByTestId('previous-incomplete').isVisible(), POLL).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not offered to the board', async () => {
    const { context, page } = await signedInPage(env, 'board');
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    await expect(page.getByRole('link', { name: 'Repeats' }).count()).resolves.toBe(0);
    await context.close();
  });
});
