import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchList } from '../../server/contract/data.ts';
import { apiGet, formatCount, screenshot, signedInPage, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();
const EXAMPLE = path.resolve('docs/examples/contacts-example.csv');
const POLL = { timeout: 20_000 };

describe('the Data page', () => {
  it('lets an admin upload a file, follow its progress, read the report, and remove the batch', async () => {
    const { context, page, errors } = await signedInPage(env, 'admin');
    await page.getByRole('link', { name: 'Data' }).click();
    await page.waitForURL(/\/data/);
    await page.getByTestId('batch-table').waitFor();
    await page.getByTestId('feed-months').waitFor();
    await screenshot(page, 'data-page');

    // Remember every progress view the page shows: a small file loads faster than the eye.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="upload-progress"]');
        if (p?.textContent && seen.at(-1) !== p.textContent) seen.push(p.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel(/^File \(\.csv or \.csv\.gz/).setInputFiles(EXAMPLE);
    await page.getByLabel('Format').selectOption('contacts');
    await page.getByRole('button', { name: 'Upload and load' }).click();
    const report = page.getByTestId('upload-report');
    await report.waitFor(POLL);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((t) => /Upload(ing|ed)/.test(t))).toBe(true);

    const batches = await apiGet<BatchList>(page, env.server.url, '/api/data/batches');
    const loaded = batches.batches[0];
    if (!loaded) throw new Error('the upload should be listed');
    expect(loaded).toMatchObject({ fileName: 'contacts-example.csv', loadedBy: 'admin', format: 'contacts' });
    await expect(report.textContent()).resolves.toContain(`Loaded as batch ${loaded.id}`);
    const loadedCount = report.getByTestId('upload-counts').locator('[data-count="loaded"] dd');
    await expect(loadedCount.textContent()).resolves.toBe(formatCount(loaded.counts.loaded));
    const row = page.getByTestId('batch-table').locator(`tr[data-batch="${loaded.id}"]`);
    await expect.poll(() => row.count(), POLL).toBe(1);
    await expect(row.textContent()).resolves.toContain('contacts-example.csv');
    const recent = page.getByTestId('recent-uploads').locator('tbody tr').first();
    await expect.poll(() => recent.textContent(), POLL).toContain(`loaded as batch ${loaded.id}`);
    await screenshot(page, 'data-page-uploaded');

    await row.getByRole('button', { name: `Remove batch ${loaded.id}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove batch ${loaded.id}?` });
    await dialog.waitFor();
    await screenshot(page, 'data-page-remove-dialog');
    await dialog.getByRole('button', { name: `Remove batch ${loaded.id}` }).click();
    await expect.poll(() => row.count(), POLL).toBe(0);
    const after = await apiGet<BatchList>(page, env.server.url, '/api/data/batches');
    expect(after.batches.map((b) => b.id)).not.toContain(loaded.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows each problem of a refused file with line and column, and a download of all of them', async () => {
    const rows = fs.readFileSync(EXAMPLE, 'utf8').trimEnd().split('\n');
    rows[2] = (rows[2] ?? '').replace(',,,458923,304117,', ',52.6,-91,458923,304117,');
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-e2e-data-')), 'council-march.csv');
    fs.writeFileSync(bad, `${rows.join('\n')}\n`);
    const { context, page, errors } = await signedInPage(env, 'admin');
    await page.goto(`${env.server.url}/data`);
    await page.getByLabel(/^File \(\.csv or \.csv\.gz/).setInputFiles(bad);
    await page.getByLabel('Format').selectOption('contacts');
    await page.getByRole('button', { name: 'Upload and load' }).click();
    const report = page.getByTestId('upload-report');
    await report.waitFor(POLL);
    await expect(report.textContent()).resolves.toContain('council-march.csv: Rejected: nothing was stored');
    const problem = page.getByTestId('upload-problems').locator('tbody tr').first();
    await expect(problem.locator('td').allTextContents()).resolves.toEqual([
      'council-march.csv',
      '3',
      'lon',
      '-91',
      expect.stringMatching(/impossible|outside/),
    ]);
    const download = report.getByRole('link', { name: 'Download every problem (CSV)' });
    const href = (await download.getAttribute('href')) ?? '';
    const csv = await page.request.get(env.server.url + href);
    expect(await csv.text()).toMatch(/^line,column,value,reason\n3,lon,-91,/);
    await page.mouse.move(0, 0);
    await screenshot(page, 'data-page-rejected');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads an agency export with the shipped mapping profile offered first', async () => {
    const { context, page, errors } = await signedInPage(env, 'admin');
    await page.goto(`${env.server.url}/data`);
    await page
      .getByLabel(/^File \(\.csv or \.csv\.gz/)
      .setInputFiles(path.resolve('docs/examples/council-crm-export.csv'));
    await page.getByLabel('Format').selectOption('mapped');
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Mapping profile/ }).inputValue(), POLL)
      .toBe('council-crm');
    await page.getByRole('button', { name: 'Upload and load' }).click();
    const report = page.getByTestId('upload-report');
    await report.waitFor(POLL);
    const batches = await apiGet<BatchList>(page, env.server.url, '/api/data/batches');
    expect(batches.batches[0]).toMatchObject({ fileName: 'council-crm-export.csv', profile: 'council-crm' });
    await expect(report.textContent()).resolves.toContain(`Loaded as batch ${batches.batches[0]?.id}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an admin add an agency and rename it', async () => {
    const { context, page, errors } = await signedInPage(env, 'admin');
    await page.goto(`${env.server.url}/data`);
    const form = page.getByRole('form', { name: 'Add an agency' });
    await form.getByLabel(/^Code/).fill('Bad Code');
    await form.getByLabel('Name').fill('North Fire and Rescue');
    await form.getByLabel('Kind').selectOption('fire');
    await form.getByRole('button', { name: 'Add agency' }).click();
    await expect.poll(() => form.getByRole('alert').textContent(), POLL).toMatch(/is not an agency code/);
    await form.getByLabel(/^Code/).fill('north_fire');
    await form.getByRole('button', { name: 'Add agency' }).click();
    const row = page.getByTestId('agency-table').locator('tr[data-agency="north_fire"]');
    await expect.poll(() => row.textContent(), POLL).toContain('North Fire and Rescue');
    await row.getByRole('button', { name: 'Rename north_fire' }).click();
    await row.getByLabel('New name for north_fire').fill('Northshire Fire');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.textContent(), POLL).toContain('Northshire Fire');
    await page.getByTestId('agency-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'data-page-agencies');
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  });

  it('shows analysts the batches and the quality views, without upload or remove', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.getByRole('link', { name: 'Data' }).click();
    await page.getByTestId('batch-table').waitFor();
    await page.getByTestId('feed-gaps').waitFor();
    expect(await page.getByRole('button', { name: 'Upload and load' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Remove batch/ }).count()).toBe(0);
    await expect(page.getByTestId('feed-gaps').textContent()).resolves.toMatch(/Feed gaps: no contacts from/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
