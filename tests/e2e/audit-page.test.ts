import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditPage } from '../../server/contract/audit.ts';
import {
  apiGet,
  openPage,
  screenshot,
  settled,
  signedInPage,
  signIn,
  useE2eEnvironment,
} from './e2e-helpers.ts';

const env = useE2eEnvironment();
const POLL = { timeout: 20_000 };

describe('the Audit page', () => {
  it('shows an admin who failed to sign in and who was refused, filtered by action, and exports the rows', async () => {
    // A failed sign-in and a refused request, as the log should then show them.
    const stranger = await openPage(env.browser);
    await signIn(stranger.page, 'mallory', 'not-the-password', env.server.url);
    await stranger.page.getByRole('alert').waitFor();
    await stranger.context.close();
    const analyst = await signedInPage(env, 'analyst');
    await expect(analyst.page.getByRole('link', { name: 'Audit' }).count()).resolves.toBe(0);
    expect((await analyst.page.request.get(`${env.server.url}/api/audit`)).status()).toBe(403);
    await analyst.context.close();

    const { context, page, errors } = await signedInPage(env, 'admin');
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.waitForURL(/\/audit/);
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    await screenshot(page, 'audit-page');
    const total = await apiGet<AuditPage>(page, env.server.url, '/api/audit');
    expect(total.total).toBeGreaterThanOrEqual(4);
    await expect(table.locator('tbody tr').count()).resolves.toBe(Math.min(total.total, total.pageSize));

    await page.getByLabel('Action').selectOption('sign_in_failed');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/action=sign_in_failed/);
    await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(1);
    const failed = table.locator('tbody tr').first();
    await expect(failed.getAttribute('data-action')).resolves.toBe('sign_in_failed');
    await expect(failed.textContent()).resolves.toContain('username tried: mallory');
    await expect(failed.textContent()).resolves.toContain('anonymous');
    await screenshot(page, 'audit-page-failed-sign-ins');

    await page.getByLabel('Action').selectOption('permission_denied');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect
      .poll(() => table.locator('tbody tr').first().textContent(), POLL)
      .toContain('GET /api/audit');
    await expect(table.locator('tbody tr').first().textContent()).resolves.toContain('analyst');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d\d-\d\d\.csv$/);
    const csv = fs
      .readFileSync((await download.path()) ?? '', 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('id,at_utc,username,agency,role,action,ip,detail,record_ids,reason');
    expect(csv.slice(1).every((line) => line.includes(',permission_denied,'))).toBe(true);
    expect(csv.some((line) => line.includes('GET /api/audit'))).toBe(true);

    // The export is itself in the log.
    await page.getByLabel('Action').selectOption('export');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => table.locator('tbody tr').first().textContent(), POLL).toContain('audit log CSV');
    await settled(page);
    await screenshot(page, 'audit-page-export-logged');
    expect(errors).toEqual([]);
    await context.close();
  });
});
