import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import type { Options } from '../../server/contract/dashboard.ts';
import {
  VERDICT_LABEL,
  type BoardTaskingResults,
  type Evaluation,
  type EvaluationList,
} from '../../server/contract/evaluation.ts';
import { isHiddenLayer } from '../../server/contract/hidden-layers.ts';
import type { PlantedTruth } from '../../server/contract/planted-truth.ts';
import type { Action, ProblemDetail } from '../../server/contract/tasking.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { buildTruth } from '../../server/generate/truth/build-truth.ts';
import { buildWorld } from '../../server/generate/world/world.ts';
import { apiGet, formatCount, screenshot, settled, signedInPage, useE2eEnvironment } from './e2e-helpers.ts';

const env = useE2eEnvironment();
const POLL = { timeout: 20_000 };
const E2E_RECORDS = 5000;

type PlantedIntervention = PlantedTruth['intervention'];

/** What the demo the e2e server seeds has planted: the same site, seed and period give the same plan. */
function plantedIntervention(): PlantedIntervention {
  const seed = loadConfig({ ...process.env }).ICSB_DEMO_SEED;
  return buildTruth(buildWorld(demoshireSite(), { records: E2E_RECORDS, seed, ...DEFAULT_PERIOD }))
    .intervention;
}

/** A 48-sided polygon on the planted circle (metres to degrees on the local sphere: close enough here). */
function circlePolygon(iv: PlantedIntervention) {
  const { lon, lat } = iv.centre;
  const dLat = iv.radiusM / 111_320;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const ring = Array.from({ length: 48 }, (_, i) => {
    const a = (i / 48) * 2 * Math.PI;
    return [lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)];
  });
  return { type: 'Polygon' as const, coordinates: [[...ring, ring[0] as number[]]] };
}

async function createProblem(page: Page, iv: PlantedIntervention): Promise<ProblemDetail> {
  const options = await apiGet<Options>(page, env.server.url, '/api/options');
  const res = await page.request.post(`${env.server.url}/api/problems`, {
    data: {
      title: `Planted problem at ${iv.name}`,
      description: 'The place the generator planted a response on.',
      place: { kind: 'polygon', geometry: circlePolygon(iv) },
      categories: [],
      stage: 'assessment',
      ownerAgency: options.agencies[0]?.code,
      reviewDate: DEFAULT_PERIOD.to,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as ProblemDetail;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** An action by the `nth` agency, marked done on `day`. */
async function doneAction(page: Page, problemId: number, nth: number, day: string) {
  const options = await apiGet<Options>(page, env.server.url, '/api/options');
  const created = await page.request.post(`${env.server.url}/api/problems/${problemId}/actions`, {
    data: { agency: options.agencies[nth]?.code, assignee: 'Team A', kind: 'patrol', dueDate: day },
  });
  expect(created.status(), await created.text()).toBe(201);
  const action = (await created.json()) as Action;
  const done = await page.request.patch(`${env.server.url}/api/actions/${action.id}`, {
    data: { version: action.version, status: 'done', completedOn: day },
  });
  expect(done.status(), await done.text()).toBe(200);
}

const cellTexts = (page: Page, zone: string) =>
  page.locator(`.evaluation-counts tr[data-zone="${zone}"] td`).allTextContents();

describe('evaluating a problem', () => {
  it('runs the planted intervention, shows its verdict and chart, saves it, and the board sees it', async () => {
    const iv = plantedIntervention();
    const { context, page, errors } = await signedInPage(env, 'analyst');
    const { problem } = await createProblem(page, iv);
    // Two agencies acted; the earlier completion is when the response began, so the form starts there.
    await doneAction(page, problem.id, 0, addDays(iv.start, 20));
    await doneAction(page, problem.id, 1, iv.start);
    await page.goto(`${env.server.url}/tasking/${problem.id}`);
    const panel = page.locator('section.panel.evaluation');
    await panel.waitFor(POLL);
    await panel.getByText('No evaluation has been saved yet.').waitFor(POLL);

    const bufferM = Math.round(iv.bufferRadiusM - iv.radiusM);
    await expect.poll(() => panel.getByLabel('Intervention date').inputValue(), POLL).toBe(iv.start);
    await panel.getByLabel('Buffer width (m)').fill(String(bufferM));
    await panel.getByRole('button', { name: 'Preview' }).click();
    const result = panel.getByTestId('evaluation-result');
    await result.waitFor(POLL);

    // The page shows what the API answers for the same request, and that answer finds the planted cut.
    const res = await page.request.post(`${env.server.url}/api/problems/${problem.id}/evaluations`, {
      data: { interventionDate: iv.start, bufferM, save: false },
    });
    expect(res.status()).toBe(200);
    const expected = (await res.json()) as Evaluation;
    const target = expected.counts.target;
    const control = expected.counts.control;
    expect(target.after / target.before).toBeLessThan(control.after / control.before);
    await expect
      .poll(() => result.locator('.verdict-badge').first().textContent(), POLL)
      .toBe(VERDICT_LABEL[expected.verdict]);
    await expect(result.getByTestId('verdict-text').textContent()).resolves.toBe(expected.verdictText);
    const cells = await cellTexts(page, 'target');
    expect(cells.slice(0, 2)).toEqual([formatCount(target.before), formatCount(target.after)]);
    await expect.poll(() => result.locator('.recharts-line').count(), POLL).toBe(3);
    await expect.poll(() => result.locator('.evaluation-chart__intervention').count(), POLL).toBe(1);
    await expect.poll(() => result.locator('path[data-zone]').count(), POLL).toBe(3);
    await expect(result.getByText('Preview, not saved').isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: 'Download counts (CSV)' }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(
      `target,${expected.before.from},${expected.before.to},${target.before},${expected.after.from},`,
    );

    await panel.getByRole('button', { name: 'Run and save' }).click();
    await expect.poll(() => panel.getByTestId('saved-evaluations').locator('tbody tr').count(), POLL).toBe(1);
    await settled(page);
    const saved = await apiGet<EvaluationList>(
      page,
      env.server.url,
      `/api/problems/${problem.id}/evaluations`,
    );
    expect(saved.evaluations.map((e) => [e.verdict, e.counts.target])).toEqual([[expected.verdict, target]]);
    await page.mouse.move(0, 0);
    await screenshot(page, 'evaluation-panel');
    expect(errors).toEqual([]);
    await context.close();

    const board = await signedInPage(env, 'board');
    const row = board.page.locator(`[data-testid="board-tasking-table"] tr[data-problem="${problem.id}"]`);
    await row.waitFor(POLL);
    const results = await apiGet<BoardTaskingResults>(board.page, env.server.url, '/api/board/tasking');
    const mine = results.rows.find((r) => r.problemId === problem.id);
    expect(mine?.verdict).toBe(expected.verdict);
    await expect(row.locator('.verdict-badge').textContent()).resolves.toBe(VERDICT_LABEL[expected.verdict]);
    const t = results.suppression.threshold;
    const shown = (c: { value: number | null; suppressed: string | null }) =>
      c.suppressed === 'small_count' ? `<${t}` : c.suppressed ? '*' : formatCount(c.value ?? 0);
    await expect(row.locator('td[data-zone="target"]').textContent()).resolves.toBe(
      `${shown(mine?.counts.target.before ?? { value: -1, suppressed: null })} → ${shown(mine?.counts.target.after ?? { value: -1, suppressed: null })}`,
    );
    await row.scrollIntoViewIfNeeded();
    await board.page
      .locator('section.panel', { has: board.page.getByTestId('board-tasking-table') })
      .screenshot({ path: 'test-output/screenshots/evaluation-board-tasking.png' });
    expect(board.errors).toEqual([]);
    await board.context.close();
  });
  it('evaluates against an area the user picks, and the board may read but not run evaluations', async () => {
    const iv = plantedIntervention();
    const { context, page, errors } = await signedInPage(env, 'tasking');
    const { problem } = await createProblem(page, iv);
    await page.goto(`${env.server.url}/tasking/${problem.id}`);
    const panel = page.locator('section.panel.evaluation');
    await panel.getByText('No evaluation has been saved yet.').waitFor(POLL);
    await panel.getByLabel('Intervention date').fill(iv.start);
    const layer = panel.getByLabel('Control', { exact: true });
    const options = await apiGet<Options>(page, env.server.url, '/api/options');
    const divided = options.layers.filter((l) => l.areas > 1 && !isHiddenLayer(l.id));
    await layer.selectOption(divided[0]?.id ?? '');
    const area = panel.getByLabel('Control area');
    await expect.poll(() => area.locator('option').count(), POLL).toBeGreaterThan(2);
    // The last area: far from the planted place, so it does not overlap the target or buffer.
    const last = area.locator('option').last();
    const name = ((await last.textContent()) ?? '').replace(/ \(.*\)$/, '');
    await area.selectOption({ index: (await area.locator('option').count()) - 1 });
    await panel.getByRole('button', { name: 'Run and save' }).click();
    const result = panel.getByTestId('evaluation-result');
    await result.waitFor(POLL);
    await expect.poll(() => panel.getByTestId('saved-evaluations').locator('tbody tr').count(), POLL).toBe(1);
    const [saved] = (
      await apiGet<EvaluationList>(page, env.server.url, `/api/problems/${problem.id}/evaluations`)
    ).evaluations;
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: 'Download chart (PNG)' }).click(),
    ]);
    const bytes = fs.readFileSync(await png.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await page.mouse.move(0, 0);
    await settled(page);
    await panel.screenshot({ path: 'test-output/screenshots/evaluation-control-area.png' });
    expect(saved?.params.control.kind).toBe('area');
    expect(saved?.params.controlLabel).toContain(name);
    await expect(
      result.locator('.evaluation-counts tr[data-zone="control"] .table-sub').textContent(),
    ).resolves.toBe(saved?.params.controlLabel);
    expect(errors).toEqual([]);
    await context.close();

    const board = await signedInPage(env, 'board');
    await board.page.goto(`${env.server.url}/tasking/${problem.id}`);
    const readOnly = board.page.locator('section.panel.evaluation');
    await readOnly.getByTestId('evaluation-result').waitFor(POLL);
    await expect(readOnly.getByRole('button', { name: 'Run and save' }).count()).resolves.toBe(0);
    await expect(readOnly.getByTestId('verdict-text').textContent()).resolves.toBe(saved?.verdictText);
    await board.context.close();
  });
});
