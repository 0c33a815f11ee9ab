import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BoardAreas } from '../../server/contract/board.ts';
import { apiGet, formatCount, screenshot, settled, signedInPage, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();
const POLL = { timeout: 15_000 };

/** Signs in and opens the Board page from the main navigation. */
async function boardPage(username: string) {
  const opened = await signedInPage(env, username);
  await opened.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
  await opened.page.waitForURL(/\/board/);
  return opened;
}

/** The areas answer for what the page now shows. */
const areasNow = (page: Page) =>
  apiGet<BoardAreas>(page, env.server.url, `/api/board/areas${new URL(page.url()).search}`);

/** Each panel on its own, to look at closely (the full page is long). */
async function panelShots(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `test-output/screenshots/${name}-top.png` });
  const panels = page.locator('section.panel');
  for (let i = 0; i < (await panels.count()); i++)
    await panels.nth(i).screenshot({ path: `test-output/screenshots/${name}-panel-${i + 1}.png` });
}

const totalCell = (page: Page) => page.locator('tr[data-area="total"] [data-testid="area-current"]');

describe('the Board page', () => {
  it('is offered to the board, hides small counts as "<5" and follows the quarter', async () => {
    const { context, page, errors } = await boardPage('board');
    await expect.poll(() => page.getByLabel('Quarter').inputValue(), POLL).toBe('2026-Q3');

    await page
      .getByRole('group', { name: 'Board pack choices' })
      .getByLabel('Areas')
      .selectOption('small_area');
    await page.waitForURL(/layer=small_area/);
    await settled(page);
    const small = await areasNow(page);
    const hidden = small.rows.filter((r) => r.current.suppressed === 'small_count');
    expect(hidden.length).toBeGreaterThan(0);
    const firstHidden = page.locator(`tr[data-area="${hidden[0]?.code}"] [data-testid="area-current"]`);
    await expect.poll(() => firstHidden.innerText(), POLL).toContain('<5');
    await expect.poll(() => page.locator('[data-suppressed="small_count"]').count(), POLL).toBeGreaterThan(0);
    await firstHidden.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/screenshots/board-hidden-cells.png' });
    await screenshot(page, 'board-page');
    await panelShots(page, 'board-small-areas');

    const before = await areasNow(page);
    await expect
      .poll(() => totalCell(page).innerText(), POLL)
      .toBe(formatCount(before.total.current.value ?? -1));
    const earlier = await page.getByLabel('Quarter').locator('option').nth(1).getAttribute('value');
    await page.getByLabel('Quarter').selectOption(earlier ?? '');
    await page.waitForURL(new RegExp(`quarter=${earlier}`));
    await settled(page);
    const after = await areasNow(page);
    expect(after.quarter.id).toBe(earlier);
    expect(after.total.current.value).not.toBe(before.total.current.value);
    await expect
      .poll(() => totalCell(page).innerText(), POLL)
      .toBe(formatCount(after.total.current.value ?? -1));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps record-level data from the board', async () => {
    const { context, page } = await boardPage('board');
    // A grid cell's profile (months and hours of a handful of contacts) is record-like: refused.
    const cell = await page.request.get(`${env.server.url}/api/hotspots/cell?id=250_1765_1034`);
    expect(cell.status()).toBe(403);
    // Nothing the Board page itself asked for carries a count from 1 to 4.
    const seen: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/board/')) seen.push(r.url());
    });
    await page
      .getByRole('group', { name: 'Board pack choices' })
      .getByLabel('Areas')
      .selectOption('small_area');
    await settled(page);
    await expect.poll(() => seen.length, POLL).toBeGreaterThanOrEqual(2);
    for (const url of seen) {
      const body = await apiGet<unknown>(page, '', url);
      const counts = JSON.stringify(body).match(/"value":(\d+),"suppressed"/g) ?? [];
      const small = counts.map((c) => Number(/\d+/.exec(c)?.[0])).filter((n) => n > 0 && n < 5);
      expect(small, url).toEqual([]);
    }
    await context.close();
  });

  it('downloads the areas table as CSV and the chart as PNG', async () => {
    const { context, page } = await boardPage('board');
    await settled(page);
    const shown = await areasNow(page);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the areas table as CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`board-areas-${shown.layer.id}-${shown.quarter.id}.csv`);
    const text = fs.readFileSync((await csv.path()) ?? '', 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain(`contacts_${shown.quarter.id}`);
    expect(lines).toHaveLength(shown.rows.length + 2);
    const first = shown.rows[0];
    expect(lines[1]).toContain(`${first?.code},${first?.name}`);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the chart "Contacts by area.*" as PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = fs.readFileSync((await png.path()) ?? '');
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(2000);
    await context.close();
  });

  it('opens the print view in one click, with the period, layer, time made and suppression rule', async () => {
    const { context, page, errors } = await boardPage('board');
    await settled(page);
    const shown = await areasNow(page);
    await page.getByRole('link', { name: 'Print board pack' }).click();
    await page.waitForURL(/\/board\/print/);
    const header = page.getByTestId('pack-header');
    await settled(page);
    await expect.poll(() => header.innerText(), POLL).toContain(shown.comparison.label);
    const text = await header.innerText();
    expect(text).toContain(shown.quarter.label);
    expect(text).toContain('Wards');
    expect(text).toContain('shown as "<5"');
    // innerText joins <dt> and <dd> with or without a line break, depending on when the styles apply.
    expect(text, text).toMatch(/Generated\s*\d{1,2} \w+ \d{4}/);
    // Hidden by a rule of the print view's lazily loaded style sheet, which may apply after the header.
    await expect.poll(() => page.locator('.topbar').isVisible(), POLL).toBe(false);
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'board-print');
    await panelShots(page, 'board-print');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an admin add a target, shown red, amber or green with its rule, and remove it', async () => {
    const { context, page, errors } = await boardPage('admin');
    await settled(page);
    const form = page.getByRole('form', { name: 'Add a target' });
    await form.getByLabel('Target rate, at most').fill('4');
    await form.getByRole('button', { name: 'Add target' }).click();
    const table = page.getByTestId('board-targets-table');
    await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(1);
    await expect.poll(() => table.innerText(), POLL).toMatch(/Red|Amber|Green/);
    expect(await page.getByText('Green when the whole 95% interval').first().isVisible()).toBe(true);
    const areaRag = page.getByTestId('board-areas-table').locator('tbody .rag');
    await expect.poll(() => areaRag.count(), POLL).toBeGreaterThan(0);
    await screenshot(page, 'board-admin-targets');
    await panelShots(page, 'board-admin');
    await table.getByRole('button', { name: /Remove the target/ }).click();
    await expect.poll(() => page.getByText('No targets are set').isVisible(), POLL).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
