import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AreaStats, Options } from '../../server/contract/dashboard.ts';
import type { PersonalFields, RecordDetail, RecordPage, RecordRow } from '../../server/contract/records.ts';
import type { AgreementList } from '../../server/contract/sharing.ts';
import { CATEGORY_LABEL } from '../../server/contract/taxonomy.ts';
import { formatDate } from '../../client/src/lib/format.ts';
import type { Hotspots } from '../../server/contract/hotspots.ts';
import {
  apiGet,
  clickCell,
  formatCount,
  screenshot,
  settled,
  signedInPage,
  useE2eEnvironment,
} from './e2e-helpers.ts';

const env = useE2eEnvironment();
const POLL = { timeout: 15_000 };
const PERSONAL = ['name', 'phone', 'address', 'description'] as const;

const recordsApi = (page: Page, search = '') =>
  apiGet<RecordPage>(page, env.server.url, `/api/records${search}`);

/** The first record in the default list matching `keep`, with a reference to search for. */
async function firstRecord(page: Page, keep: (r: RecordRow) => boolean, search = ''): Promise<RecordRow> {
  const list = await recordsApi(page, search);
  const found = list.rows.find((r) => keep(r) && r.sourceRecordId !== null);
  if (!found) throw new Error(`the demo records have no such record (${search})`);
  return found;
}

/** Searches the Records page for a reference and opens the one record it finds. */
async function openByReference(page: Page, r: RecordRow) {
  await page.getByLabel('Location text or reference').fill(r.sourceRecordId ?? '');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/[?&]q=/);
  const row = page.locator(`tr[data-record-id="${r.id}"]`);
  await expect.poll(() => row.count(), POLL).toBe(1);
  await row.getByRole('link', { name: String(r.id), exact: true }).click();
  await page.waitForURL(new RegExp(`/records/${r.id}`));
  await page.getByTestId('personal-fields').waitFor();
}

const shownPersonal = (page: Page) => page.getByTestId('personal-fields').locator('dd').allTextContents();

/** Gives a reason in the dialog; returns what the server answered, to compare with what is shown. */
async function reveal(page: Page, reason: string, detail: string): Promise<PersonalFields> {
  await page.getByRole('button', { name: 'Reveal personal details' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(reason).check();
  await dialog.getByLabel(/^Details/).fill(detail);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/reveal') && r.request().method() === 'POST'),
    dialog.getByRole('button', { name: 'Reveal personal details' }).click(),
  ]);
  expect(answer.status()).toBe(200);
  const fields = (await answer.json()) as PersonalFields;
  const expected = PERSONAL.map((k) => fields[k] ?? 'not given');
  await expect.poll(() => shownPersonal(page), POLL).toEqual(expected);
  return fields;
}

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted && c === '"' && text.charAt(i + 1) === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function recordsPage(username = 'analyst') {
  const opened = await signedInPage(env, username);
  await opened.page.getByRole('link', { name: 'Records', exact: true }).click();
  await opened.page.waitForURL(/\/records/);
  await opened.page.getByTestId('record-total').waitFor();
  return opened;
}

describe('the Records page', () => {
  it('lists a page of 100 with the total, shows another agency’s record redacted and reveals an own one with a reason', async () => {
    const { context, page, errors } = await recordsPage();
    await settled(page);
    const list = await recordsApi(page);
    expect(list.total).toBeGreaterThan(100);
    await expect(page.getByTestId('record-total').textContent()).resolves.toContain(formatCount(list.total));
    await expect(page.getByTestId('record-pager').textContent()).resolves.toContain(
      `Page 1 of ${formatCount(Math.ceil(list.total / 100))}`,
    );
    await expect(page.getByTestId('record-table').locator('tbody tr').count()).resolves.toBe(100);
    await screenshot(page, 'records-page');

    await page.getByRole('button', { name: 'Agency', exact: true }).click();
    await page.waitForURL(/sort=agency&dir=asc/);
    await settled(page);
    const byAgency = await recordsApi(page, '?sort=agency&dir=asc');
    const firstRow = page.getByTestId('record-table').locator('tbody tr').first();
    await expect.poll(() => firstRow.getAttribute('data-record-id'), POLL).toBe(String(byAgency.rows[0]?.id));

    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/[?&]page=2/);
    await expect.poll(() => page.getByTestId('record-pager').textContent(), POLL).toContain('Page 2 of');

    // The police analyst and a council's record: no agreement yet, so redacted with the reason why.
    const other = await firstRecord(page, (r) => r.agency !== 'police');
    expect(other.personal).toBe('redacted');
    await openByReference(page, other);
    await expect(shownPersonal(page)).resolves.toEqual(PERSONAL.map(() => 'Redacted'));
    await expect(page.getByRole('button', { name: 'Reveal personal details' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('redaction-reason').textContent()).resolves.toContain(other.agencyName);
    await expect(page.getByTestId('record-facts').textContent()).resolves.toContain(other.sourceRecordId);
    await screenshot(page, 'record-redacted');

    await page.getByRole('link', { name: '← Back to the records' }).click();
    await page.getByTestId('record-total').waitFor();
    const own = await firstRecord(page, (r) => r.agency === 'police');
    expect(own.personal).toBe('available');
    await openByReference(page, own);
    await expect(shownPersonal(page)).resolves.toEqual(PERSONAL.map(() => 'Redacted'));
    await reveal(page, 'Investigation', 'Case 2026/114');
    await screenshot(page, 'record-revealed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the reports other agencies made of the same incident, each redacted on its own terms', async () => {
    const { context, page, errors } = await recordsPage();
    const list = await recordsApi(page);
    let found: RecordDetail | null = null;
    for (const r of list.rows.filter((row) => row.incidentId !== null).slice(0, 20)) {
      const d = await apiGet<RecordDetail>(page, env.server.url, `/api/records/${r.id}`);
      if (d.linked.some((l) => l.agency !== d.record.agency)) {
        found = d;
        break;
      }
    }
    if (!found) throw new Error('the demo should link some reports across agencies');
    await page.goto(`${env.server.url}/records/${found.record.id}`);
    const linked = page.getByTestId('record-table').locator('tbody tr');
    await expect.poll(() => linked.count(), POLL).toBe(found.linked.length);
    for (const l of found.linked) {
      const row = page.locator(`tr[data-record-id="${l.id}"]`);
      await expect(row.textContent()).resolves.toContain(l.agencyName);
      await expect(row.textContent()).resolves.toContain(
        l.personal === 'available' ? 'Can reveal' : 'Redacted',
      );
    }
    const areas = page.getByTestId('record-areas');
    for (const a of found.areas) await expect(areas.textContent()).resolves.toContain(a.name);
    await screenshot(page, 'record-linked');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the list as CSV after asking purpose and recipient, personal details only where allowed', async () => {
    const { context, page, errors } = await recordsPage();
    const category = 'noise';
    await page.goto(`${env.server.url}/records?category=${category}`);
    await page.getByTestId('record-total').waitFor();
    await settled(page);
    const list = await recordsApi(page, `?category=${category}`);
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Purpose').fill('Noise problem-solving meeting');
    await dialog.getByLabel('Recipient').fill('Environmental health team');
    await screenshot(page, 'records-export-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = parseCsv(fs.readFileSync(await download.path(), 'utf8'));
    const [header, ...body] = rows;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(PERSONAL.every((k) => col(k) >= 0) && col('redacted') >= 0).toBe(true);
    expect(body.length).toBe(list.total);
    expect(new Set(body.map((r) => r[col('category')]))).toEqual(new Set([category]));
    for (const r of body) {
      const own = r[col('agency')] === 'police';
      expect(r[col('redacted')]).toBe(own ? 'false' : 'true');
      if (!own) expect(PERSONAL.map((k) => r[col(k)])).toEqual(['', '', '', '']);
    }
    expect(body.some((r) => r[col('agency')] !== 'police')).toBe(true);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from a map area with the area filter applied', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.goto(`${env.server.url}/map?layer=ward`);
    await page.getByTestId('map-legend').waitFor();
    const stats = await apiGet<AreaStats>(page, env.server.url, '/api/areas?layer=ward');
    const busiest = [...stats.areas].sort((a, b) => b.contacts - a.contacts)[0];
    if (!busiest) throw new Error('the demo has no wards');
    await page.locator(`.leaflet-overlay-pane path[data-code="${busiest.code}"]`).dispatchEvent('click');
    const details = page.getByTestId('area-details');
    await expect.poll(() => details.textContent(), POLL).toContain(busiest.name);
    await details.getByRole('link', { name: 'Show the records behind this' }).click();
    await page.waitForURL(new RegExp(`/records\\?.*area=ward%3A${busiest.code}`));
    await settled(page);
    const inArea = await recordsApi(page, `?area=ward:${busiest.code}`);
    const all = await recordsApi(page);
    expect(inArea.total).toBeLessThan(all.total);
    await expect
      .poll(() => page.getByTestId('record-total').textContent(), POLL)
      .toContain(formatCount(inArea.total));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from a hotspot cell with as many records as the map counted there', async () => {
    const { context, page, errors } = await signedInPage(env);
    await page.goto(`${env.server.url}/map?layer=district&view=grid`);
    await expect
      .poll(() => page.getByTestId('map-legend').textContent(), POLL)
      .toContain('Contacts per cell');
    const search = new URLSearchParams(new URL(page.url()).search);
    for (const key of ['layer', 'view']) search.delete(key);
    search.set('method', 'grid');
    const grid = await apiGet<Hotspots>(page, env.server.url, `/api/hotspots?${search.toString()}`);
    const busiest = grid.cells.counts.indexOf(Math.max(...grid.cells.counts));
    await page.waitForTimeout(300);
    await clickCell(page, grid, busiest);
    await page
      .getByTestId('cell-details')
      .getByRole('link', { name: 'Show the records behind this' })
      .click();
    const id = grid.cells.ids[busiest] as string;
    await page.waitForURL(new RegExp(`/records\\?.*cell=${id}`));
    await expect(page.getByTestId('record-cell').textContent()).resolves.toContain(id);
    await expect
      .poll(() => page.getByTestId('record-total').textContent(), POLL)
      .toMatch(new RegExp(`^${formatCount(grid.cells.counts[busiest] as number)} records?`));
    await screenshot(page, 'records-from-cell');
    await page.getByRole('button', { name: 'Show every place' }).click();
    await expect.poll(() => page.getByTestId('record-cell').count(), POLL).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the board no Records link and no record-level data', async () => {
    const { context, page, errors } = await signedInPage(env, 'board');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents(),
    ).resolves.not.toContain('Records');
    await page.goto(`${env.server.url}/records`);
    await expect.poll(() => page.getByText('Your role sees aggregates only').count(), POLL).toBe(1);
    await expect(page.getByTestId('record-table').count()).resolves.toBe(0);
    expect((await page.request.get(`${env.server.url}/api/records`)).status()).toBe(403);
    await screenshot(page, 'records-board');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the analyst reveal a partner’s record once an admin records an agreement for its category', async () => {
    const analyst = await recordsPage();
    const partner = await firstRecord(analyst.page, (r) => r.agency !== 'police');
    expect(partner.personal).toBe('redacted');
    const otherCategory = await firstRecord(
      analyst.page,
      (r) => r.category !== partner.category,
      `?agency=${partner.agency}`,
    );

    const admin = await signedInPage(env, 'admin');
    await admin.page.getByRole('link', { name: 'Agreements' }).click();
    await admin.page.waitForURL(/\/agreements/);
    const form = admin.page.getByRole('form', { name: 'Add an agreement' });
    await form.waitFor();
    await form.getByLabel('Shared by').selectOption({ label: partner.agencyName });
    const options = await apiGet<Options>(admin.page, env.server.url, '/api/options');
    const police = options.agencies.find((a) => a.code === 'police')?.name ?? 'police';
    await form.getByLabel('Shared with').selectOption({ label: police });
    await form.getByLabel(CATEGORY_LABEL[partner.category]).check();
    await form.getByLabel('Purpose').fill('Joint problem solving on repeat ASB');
    await form.getByRole('button', { name: 'Add agreement' }).click();
    const row = admin.page.getByTestId('agreement-table').locator('tbody tr');
    await expect.poll(() => row.count(), POLL).toBe(1);
    await expect(row.textContent()).resolves.toContain('In force');
    await expect(row.textContent()).resolves.toContain(CATEGORY_LABEL[partner.category]);
    await screenshot(admin.page, 'agreements-page');

    const { page } = analyst;
    await page.goto(`${env.server.url}/records/${partner.id}`);
    await page.getByTestId('personal-fields').waitFor();
    await reveal(page, 'Safeguarding', '');
    await screenshot(page, 'record-revealed-by-agreement');

    // The agreement names one category: the same partner's other categories stay redacted.
    await page.goto(`${env.server.url}/records/${otherCategory.id}`);
    await page.getByTestId('redaction-reason').waitFor();
    await expect(page.getByRole('button', { name: 'Reveal personal details' }).count()).resolves.toBe(0);

    // The admin sees the reveal, who made it and why, in the record's history (from the audit log).
    await admin.page.goto(`${env.server.url}/records/${partner.id}`);
    const history = admin.page.getByTestId('record-history');
    await expect.poll(() => history.textContent(), POLL).toContain('personal reveal');
    const reveals = history.locator('li', { hasText: 'personal reveal' });
    await expect(reveals.count()).resolves.toBe(1);
    await expect(reveals.textContent()).resolves.toContain('analyst');
    await expect(reveals.textContent()).resolves.toContain('(safeguarding)');
    await screenshot(admin.page, 'record-history-admin');

    // Ending it today: it lapses at the end of today, so the end date becomes today.
    await admin.page.getByRole('link', { name: 'Agreements' }).click();
    const list = await apiGet<AgreementList>(admin.page, env.server.url, '/api/sharing/agreements');
    await admin.page.getByRole('button', { name: 'End today' }).click();
    await expect
      .poll(() => row.textContent(), POLL)
      .toContain(`${formatDate(list.today)} to ${formatDate(list.today)}`);
    await expect(admin.page.getByRole('button', { name: 'End today' }).count()).resolves.toBe(0);

    expect([...analyst.errors, ...admin.errors]).toEqual([]);
    await admin.context.close();
    await analyst.context.close();
  });
});
