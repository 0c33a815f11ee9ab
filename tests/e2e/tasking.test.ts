import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AreaStats, Options, Summary } from '../../server/contract/dashboard.ts';
import type { DrawnArea } from '../../server/contract/drawn-areas.ts';
import type { Hotspots } from '../../server/contract/hotspots.ts';
import { VERDICT_LABEL, type EvaluationList } from '../../server/contract/evaluation.ts';
import type { ProblemDetail, ProblemList } from '../../server/contract/tasking.ts';
import {
  apiGet,
  cellBox,
  screenshot,
  settled,
  signedInPage,
  useE2eEnvironment,
  clickCell,
} from './e2e-helpers.ts';

const env = useE2eEnvironment();

const problemId = (page: Page) => Number(/\/tasking\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1]);

async function addAction(page: Page, agency: string, assignee: string, what: string, due?: string) {
  const form = page.getByRole('form', { name: 'Add an action' });
  if (due) await form.getByLabel('Due').fill(due);
  await form.getByLabel('Agency').selectOption({ label: agency });
  await form.getByLabel('Officer or team').fill(assignee);
  await form.getByLabel('What').selectOption({ label: what });
  await form.getByRole('button', { name: 'Add action' }).click();
  await page.locator('tr.action-row', { hasText: assignee }).waitFor();
}

describe('the Tasking pages', () => {
  it('starts a problem on a Gi* hot cell from the map, tasks two agencies and keeps the history', async () => {
    const { context, page, errors } = await signedInPage(env, 'tasking');
    await page.goto(`${env.server.url}/map?layer=district&view=gistar`);
    await expect.poll(() => page.getByTestId('map-legend').textContent()).toContain('Getis-Ord Gi*');
    const gi = await apiGet<Hotspots>(page, env.server.url, '/api/hotspots?method=gistar');
    const z = gi.cells.z as number[];
    const hottest = z.indexOf(Math.max(...z));
    const cellId = gi.cells.ids[hottest] as string;
    await page.waitForTimeout(300);
    await clickCell(page, gi, hottest);
    await page.getByTestId('cell-details').scrollIntoViewIfNeeded();
    await screenshot(page, 'tasking-map-start');
    await page.getByTestId('cell-details').getByRole('link', { name: 'Start a problem here' }).click();

    await page.waitForURL(/\/tasking\/new\?/);
    await expect(page.getByTestId('new-problem-place').textContent()).resolves.toContain(cellId);
    const form = page.getByRole('form', { name: 'New problem' });
    await form.getByLabel('Title').fill('Street drinking by the market');
    await form.getByLabel('Description').fill('Rowdy groups most evenings; shops complain.');
    await form.getByLabel('Drunk or rowdy people in public places').check();
    // The tasking user's own agency is the default owner.
    const options = await apiGet<Options>(page, env.server.url, '/api/options');
    const name = (code: string) => options.agencies.find((a) => a.code === code)?.name ?? code;
    await expect(form.getByLabel('Owner agency').inputValue()).resolves.toBe('city_council');
    await screenshot(page, 'tasking-new-problem');
    await form.getByRole('button', { name: 'Create the problem' }).click();

    await page.waitForURL(/\/tasking\/\d+$/);
    const id = problemId(page);
    await page.getByRole('heading', { level: 1, name: 'Street drinking by the market' }).waitFor();
    const created = await apiGet<ProblemDetail>(page, env.server.url, `/api/problems/${id}`);
    expect(created.problem.place).toEqual({ kind: 'cells', cells: [cellId] });
    expect(created.problem.categories).toEqual(['rowdy']);
    await expect(
      page.getByRole('list', { name: 'SARA stage' }).locator('[aria-current="step"]').textContent(),
    ).resolves.toContain('Scanning');
    await page.locator('path[data-outline="problem"]').waitFor();

    // Due ten days ago (the server's today is the real one): overdue from the start.
    const past = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    await addAction(page, name('police'), 'PC Ahmed, beat team 4', 'Patrol', past);
    await addAction(page, name('city_council'), 'Street cleansing crew', 'Cleansing');
    const rows = page.locator('tr.action-row');
    await expect(rows.count()).resolves.toBe(2);
    await expect(page.locator('tr.action-row--overdue').textContent()).resolves.toContain('PC Ahmed');
    const cleansing = page.locator('tr.action-row', { hasText: 'Street cleansing crew' });
    await cleansing.getByRole('combobox').selectOption({ label: 'Done' });
    await expect.poll(() => cleansing.locator('td').nth(5).textContent()).not.toBe('–');
    await page.getByText('Updates (0) on Cleansing by Street cleansing crew').click();
    const updateForm = page.getByRole('form', {
      name: 'Add an update on Cleansing by Street cleansing crew',
    });
    await updateForm.getByLabel('Update').fill('Cleared the alley behind the market; bins moved.');
    await updateForm.getByRole('button', { name: 'Add update' }).click();
    const updates = page.getByRole('list', { name: 'Updates on Cleansing by Street cleansing crew' });
    await expect.poll(() => updates.textContent()).toContain('Cleared the alley behind the market');

    await page.getByRole('button', { name: 'Edit the problem' }).click();
    const edit = page.getByRole('form', { name: 'Edit the problem' });
    await edit.getByLabel('Stage').selectOption('response');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const current = page.getByRole('list', { name: 'SARA stage' }).locator('[aria-current="step"]');
    await expect.poll(() => current.textContent()).toContain('Response');

    const after = await apiGet<ProblemDetail>(page, env.server.url, `/api/problems/${id}`);
    expect(after.actions.map((a) => a.agency.code).sort()).toEqual(['city_council', 'police']);
    expect(after.actions.find((a) => a.kind === 'cleansing')?.status).toBe('done');
    const history = page.getByRole('list', { name: 'History of changes' });
    await expect.poll(() => history.locator(':scope > li').count()).toBe(after.history.length);
    const historyText = await history.textContent();
    expect(historyText).toContain('tasking created the problem');
    expect(historyText).toContain('tasking added an update to action “Cleansing by Street cleansing crew”');
    expect(historyText).toMatch(/Status: Planned → Done/);
    // Only the changed field is sent and kept.
    const newest = history.locator(':scope > li').first();
    await expect(newest.textContent()).resolves.toContain('tasking changed the problem');
    await expect(newest.locator('li').allTextContents()).resolves.toEqual(['Stage: Scanning → Response']);
    await settled(page);
    await screenshot(page, 'tasking-problem');

    // The action was done today, after the demo data end: the form offers the latest date that still
    // has six whole months of data after its month, and the run uses it.
    const settings = page.getByRole('form', { name: 'Evaluation settings' });
    const period = (await apiGet<Summary>(page, env.server.url, '/api/summary')).period;
    const [y, m] = period.to.split('-').map(Number) as [number, number];
    const lastEvaluable = new Date(Date.UTC(y, m - 1 - 6, 1)).toISOString().slice(0, 10);
    await expect.poll(() => settings.getByLabel('Intervention date').inputValue()).toBe(lastEvaluable);
    await settings.getByRole('button', { name: 'Run and save' }).click();
    const result = page.getByTestId('evaluation-result');
    await result.waitFor();
    const saved = await apiGet<EvaluationList>(page, env.server.url, `/api/problems/${id}/evaluations`);
    const latest = saved.evaluations[0];
    if (!latest) throw new Error('the evaluation was saved');
    await expect(result.locator('[data-verdict]').first().getAttribute('data-verdict')).resolves.toBe(
      latest.verdict,
    );
    await expect(page.getByTestId('verdict-text').textContent()).resolves.toBe(latest.verdictText);
    await settled(page);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, 'tasking-problem-evaluated');

    await page.getByRole('link', { name: 'All problems' }).click();
    const row = page.locator(`tr[data-problem="${id}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Street drinking by the market');
    await expect(row.textContent()).resolves.toContain(name('city_council'));
    await expect(row.textContent()).resolves.toContain(VERDICT_LABEL[latest.verdict]);
    await expect(row.textContent()).resolves.toContain('1 overdue');
    const overdue = page.getByRole('region', { name: `Overdue: ${name('police')}` });
    await expect(overdue.textContent()).resolves.toContain('Patrol by PC Ahmed, beat team 4');
    await expect(overdue.textContent()).resolves.toContain('Street drinking by the market');
    await screenshot(page, 'tasking-list');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a problem on an area of the map, and opens the dashboard filtered to its place', async () => {
    const { context, page, errors } = await signedInPage(env, 'analyst');
    await page.goto(`${env.server.url}/map?layer=district`);
    const stats = await apiGet<AreaStats>(page, env.server.url, '/api/areas?layer=district');
    const busiest = [...stats.areas].sort((a, b) => b.contacts - a.contacts)[0];
    if (!busiest) throw new Error('the demo has districts');
    await page.locator(`.leaflet-overlay-pane path[data-code="${busiest.code}"]`).dispatchEvent('click');
    const details = page.getByTestId('area-details');
    await expect.poll(() => details.textContent()).toContain(busiest.code);
    await details.getByRole('link', { name: 'Start a problem here' }).click();
    await page.waitForURL(/\/tasking\/new\?/);
    await expect.poll(() => page.getByTestId('new-problem-place').textContent()).toContain(busiest.name);
    const form = page.getByRole('form', { name: 'New problem' });
    await form.getByLabel('Title').fill('District-wide fly-tipping');
    await form.getByLabel('Owner agency').selectOption('police');
    await form.getByRole('button', { name: 'Create the problem' }).click();
    await page.waitForURL(/\/tasking\/\d+$/);
    const made = await apiGet<ProblemDetail>(page, env.server.url, `/api/problems/${problemId(page)}`);
    expect(made.problem.place).toEqual({ kind: 'area', layer: 'district', code: busiest.code });
    expect(made.problem.categories).toEqual([]);

    await page.getByRole('link', { name: 'Open on the dashboard' }).click();
    await page.waitForURL(
      (u) => u.pathname === '/' && u.searchParams.get('area') === made.problem.areaFilter,
    );
    const summary = await apiGet<Summary>(
      page,
      env.server.url,
      `/api/summary?area=${encodeURIComponent(made.problem.areaFilter)}`,
    );
    // The problem's place is the whole district, so the dashboard counts exactly the district's contacts.
    expect(summary.contacts).toBe(busiest.contacts);
    await expect
      .poll(() => page.getByTestId('headline-contacts').textContent())
      .toBe(new Intl.NumberFormat('en-GB').format(busiest.contacts));
    await expect(page.getByTestId('filter-issues').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a problem on a drawn area, sent as its outline', async () => {
    const { context, page, errors } = await signedInPage(env, 'tasking');
    const gi = await apiGet<Hotspots>(page, env.server.url, '/api/hotspots?method=gistar');
    const [s, w, n, e] = cellBox(gi, 0);
    const ring = [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ];
    const res = await page.request.post(`${env.server.url}/api/drawn-areas`, {
      data: { name: 'Corner shop parade', geometry: { type: 'Polygon', coordinates: [ring] } },
    });
    expect(res.status()).toBe(201);
    const drawn = (await res.json()) as DrawnArea;
    await page.goto(`${env.server.url}/map?layer=district`);
    const item = page.getByTestId('drawn-areas').getByRole('listitem').filter({ hasText: drawn.name });
    await item.getByRole('link', { name: 'Start a problem here' }).click();
    await expect
      .poll(() => page.getByTestId('new-problem-place').textContent())
      .toBe('Corner shop parade (drawn area)');
    const form = page.getByRole('form', { name: 'New problem' });
    await form.getByLabel('Title').fill('Parade nuisance');
    await form.getByRole('button', { name: 'Create the problem' }).click();
    await page.waitForURL(/\/tasking\/\d+$/);
    const made = await apiGet<ProblemDetail>(page, env.server.url, `/api/problems/${problemId(page)}`);
    expect(made.problem.place).toEqual({ kind: 'polygon', geometry: drawn.geometry });
    await page.locator('path[data-outline="problem"]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an edit conflict with who changed the problem, and reloads their version on request', async () => {
    const { context, page, errors } = await signedInPage(env, 'analyst');
    const list = await apiGet<ProblemList>(page, env.server.url, '/api/problems?status=all');
    const target = list.problems.find((p) => p.title === 'District-wide fly-tipping');
    if (!target) throw new Error('the test before made this problem');
    await page.goto(`${env.server.url}/tasking/${target.id}`);
    await page.getByRole('button', { name: 'Edit the problem' }).click();
    const form = page.getByRole('form', { name: 'Edit the problem' });
    await form.getByLabel('Title').fill('My title, on a stale version');

    // Someone else saves first, on the version this form was opened on.
    const other = await signedInPage(env, 'tasking');
    const res = await other.page.request.patch(`${env.server.url}/api/problems/${target.id}`, {
      data: { version: target.version, title: 'Their title', stage: 'analysis' },
    });
    expect(res.status()).toBe(200);
    await form.getByRole('button', { name: 'Save changes' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('tasking');
    await expect(alert.textContent()).resolves.toContain('nothing of theirs was overwritten');
    await screenshot(page, 'tasking-edit-conflict');
    const kept = await apiGet<ProblemDetail>(page, env.server.url, `/api/problems/${target.id}`);
    expect(kept.problem.title).toBe('Their title');

    await alert.getByRole('button', { name: /Reload the latest version/ }).click();
    await expect.poll(() => form.getByLabel('Title').inputValue()).toBe('Their title');
    await expect(form.getByLabel('Stage').inputValue()).resolves.toBe('analysis');
    // The browser logs the refused save itself; that 409 is the behaviour under test.
    expect(errors.filter((e) => !e.includes('409 (Conflict)'))).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('lets the board read the Tasking pages without any control that writes', async () => {
    const { context, page, errors } = await signedInPage(env, 'board');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasking' }).click();
    const list = await apiGet<ProblemList>(page, env.server.url, '/api/problems');
    expect(list.canWrite).toBe(false);
    const first = list.problems.find((p) => p.title === 'Street drinking by the market');
    if (!first) throw new Error('the first test made this problem');
    await page.locator(`tr[data-problem="${first.id}"]`).waitFor();
    await expect(page.getByText('To start a problem').count()).resolves.toBe(0);
    await settled(page);
    await screenshot(page, 'tasking-board-list');
    await page.locator(`tr[data-problem="${first.id}"]`).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await page.locator('tr.action-row').first().waitFor();
    await expect(page.getByText('Read only').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Edit the problem' }).count()).resolves.toBe(0);
    await expect(page.getByRole('form', { name: 'Add an action' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Add update' }).count()).resolves.toBe(0);
    await expect(page.locator('tr.action-row select').count()).resolves.toBe(0);
    await settled(page);
    await screenshot(page, 'tasking-board-read-only');
    expect(errors).toEqual([]);
    await context.close();
  });
});
