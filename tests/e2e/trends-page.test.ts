import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { HourWeekday, TrendChange, TrendSeries } from '../../server/contract/trends.ts';
import { apiGet, formatCount, screenshot, settled, signedInPage, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();

/** An API answer for the filters and view now in the page's address bar. */
const apiNow = <T>(page: Page, path: string) =>
  apiGet<T>(page, env.server.url, `${path}${new URL(page.url()).search}`);

const total = (s: TrendSeries) => formatCount(s.total.reduce((a, b) => a + b, 0));

async function trendsPage(search = '') {
  const opened = await signedInPage(env);
  await opened.page.getByRole('link', { name: 'Trends' }).click();
  await opened.page.waitForURL(/\/trends/);
  if (search) await opened.page.goto(`${env.server.url}/trends${search}`);
  await opened.page.getByTestId('trend-total').waitFor();
  await opened.page.mouse.move(0, 0);
  return opened;
}

// Charts redraw after the data arrive; allow for a busy machine.
const POLL = { timeout: 15_000 };

describe('the Trends page', () => {
  it('shows the series, control chart, change, heat map and seasons, and follows the period', async () => {
    const { context, page, errors } = await trendsPage();
    await settled(page);
    const before = await apiNow<TrendSeries>(page, '/api/trends/series');
    await expect.poll(() => page.getByTestId('trend-total').textContent(), POLL).toBe(total(before));
    await expect.poll(() => page.getByTestId('heatmap').locator('td.heatmap__cell').count(), POLL).toBe(168);
    const hours = await apiNow<HourWeekday>(page, '/api/trends/hour-weekday');
    const note = page.getByTestId('left-out-note');
    await expect.poll(() => note.isVisible(), POLL).toBe(true);
    await expect(note.textContent()).resolves.toContain(
      `${formatCount(hours.leftOut.monthOnly)} give only the month`,
    );
    const change = await apiNow<TrendChange>(page, '/api/trends/change');
    const counts = page.getByTestId('change-previous_period').getByTestId('change-counts');
    await expect
      .poll(() => counts.textContent(), POLL)
      .toContain(formatCount(change.comparisons[0]?.current ?? -1));
    await expect.poll(() => page.locator('.recharts-reference-line').count(), POLL).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'trends-page');

    await page.getByLabel('From', { exact: true }).fill(`${before.period.to.slice(0, 4)}-06-01`);
    await page.waitForURL(/from=\d{4}-06-01/);
    await settled(page);
    const after = await apiNow<TrendSeries>(page, '/api/trends/series');
    expect(after.intervals.length).toBeLessThan(before.intervals.length);
    await expect.poll(() => page.getByTestId('trend-total').textContent(), POLL).toBe(total(after));
    expect(total(after)).not.toBe(total(before));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps interval and split in the link, draws one line per series and marks the signals', async () => {
    const { context, page, errors } = await trendsPage();
    await page.getByLabel('Interval').selectOption('week');
    await page.waitForURL(/interval=week/);
    await page.getByLabel('Split by').selectOption('category');
    await page.waitForURL(/split=category/);
    await settled(page);
    const s = await apiNow<TrendSeries>(page, '/api/trends/series');
    expect(s.interval).toBe('week');
    await expect
      .poll(() => page.locator('.trends__series .recharts-line').count(), POLL)
      .toBe(s.series.length);
    const control = s.control;
    if (!control || control.signals.length === 0) throw new Error('the demo weeks should show a signal');
    const flagged = control.points.filter((p) => p.aboveUpper || p.belowLower || p.inRun || p.inTrend);
    await expect.poll(() => page.locator('.signal-point').count(), POLL).toBe(flagged.length);
    const listed = page.getByTestId('signal-list').locator('li');
    await expect(listed.count()).resolves.toBe(control.signals.length);
    await expect(listed.first().textContent()).resolves.toContain(control.signals[0]?.description ?? '-');
    await page.reload();
    await expect(page.getByLabel('Split by').inputValue()).resolves.toBe('category');
    await page.getByTestId('trend-total').waitFor();
    await settled(page);
    await page.mouse.move(0, 0);
    await screenshot(page, 'trends-weekly-split');
    expect(errors).toEqual([]);
    await context.close();
  });
});
