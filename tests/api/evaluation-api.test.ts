import { beforeAll, describe, expect, it } from 'vitest';
import { Summary } from '../../server/contract/dashboard.ts';
import { BoardTaskingResults, Evaluation, EvaluationList } from '../../server/contract/evaluation.ts';
import { ProblemDetail } from '../../server/contract/tasking.ts';
import { sql } from '../../server/db/sql.ts';
import { bngToWgs84 } from '../../server/geo/projection.ts';
import { useDemoApp } from '../helpers/demo-db.ts';

const env = useDemoApp(5_000);

const send = (method: string, path: string, body?: unknown, cookie = env.cookie) =>
  env.app.request(path, { method, cookie, body: body === undefined ? undefined : JSON.stringify(body) });
const evaluate = (id: number, body: unknown, cookie = env.cookie) =>
  send('POST', `/api/problems/${id}/evaluations`, body, cookie);

function circle(c: { easting: number; northing: number }, r: number) {
  const ring = Array.from({ length: 64 }, (_, i) => {
    const a = (2 * Math.PI * i) / 64;
    return bngToWgs84(c.easting + r * Math.cos(a), c.northing + r * Math.sin(a));
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

let problemId: number;
let start: string;
beforeAll(async () => {
  const iv = env.truth.intervention;
  start = iv.start;
  const place = { kind: 'polygon', geometry: circle(iv.centre, iv.radiusM) };
  const body = { title: 'Parade ASB', place, ownerAgency: 'police', reviewDate: '2030-01-31' };
  const res = await send('POST', '/api/problems', body);
  expect(res.status, await res.clone().text()).toBe(201);
  problemId = ProblemDetail.parse(await res.json()).problem.id;
});

describe('POST /api/problems/:id/evaluations', () => {
  it('previews without saving (200, id null), then saves (201) and keeps the change', async () => {
    const preview = await evaluate(problemId, { interventionDate: start, save: false });
    expect(preview.status).toBe(200);
    expect(Evaluation.parse(await preview.json()).id).toBeNull();
    const none = EvaluationList.parse(
      await (await send('GET', `/api/problems/${problemId}/evaluations`)).json(),
    );
    expect(none.evaluations).toEqual([]);

    const first = await evaluate(problemId, { interventionDate: start, bufferM: 300, months: 3 });
    expect(first.status).toBe(201);
    const saved = Evaluation.parse(await first.json());
    expect(saved.id).toEqual(expect.any(Number));
    expect(saved.params).toMatchObject({ bufferM: 300, months: 3, control: { kind: 'district' } });
    const second = Evaluation.parse(await (await evaluate(problemId, { interventionDate: start })).json());
    const list = EvaluationList.parse(
      await (await send('GET', `/api/problems/${problemId}/evaluations`)).json(),
    );
    expect(list.evaluations.map((e) => e.id)).toEqual([second.id, saved.id]);
    expect(list.evaluations[1]).toEqual(saved);

    const detail = ProblemDetail.parse(await (await send('GET', `/api/problems/${problemId}`)).json());
    expect(detail.history.filter((h) => h.change === 'evaluated')).toHaveLength(2);
    expect(detail.problem.latestVerdict).toBe(second.verdict);
  });

  it('counts only the chosen categories, in a control the user picked, and keeps one set of zones', async () => {
    const ward = 'DW20';
    const body = {
      interventionDate: start,
      categories: ['noise', 'rowdy'],
      control: { kind: 'area', layer: 'ward', code: ward },
      save: false,
    };
    const e = Evaluation.parse(await (await evaluate(problemId, body)).json());
    expect(e.params.controlLabel).toMatch(/^Redhythe \(Wards\)/);
    const summary = async (area: string, w: { from: string; to: string }) =>
      Summary.parse(
        await (
          await send('GET', `/api/summary?from=${w.from}&to=${w.to}&category=noise,rowdy&area=${area}`)
        ).json(),
      ).contacts;
    expect(e.counts.target.before).toBe(await summary(`problem_${problemId}:${problemId}`, e.before));
    // The target lies far from Redhythe, so the control is the whole ward.
    expect(e.counts.control.after).toBe(await summary(`ward:${ward}`, e.after));
    const zones = await env.app.db.all<{ code: string }>(
      sql`select code from area where layer_id = ${`eval_${problemId}`} order by code`,
    );
    expect(zones.map((z) => z.code)).toEqual(['buffer', 'control', 'target']);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ interventionDate: start, bufferM: 10 }, "Invalid field 'bufferM': must be at least 50 m"],
      [{ interventionDate: '1 April' }, "Invalid field 'interventionDate'"],
      [{ interventionDate: start, months: 0 }, "Invalid field 'months'"],
      [{ interventionDate: '2040-01-01' }, "Invalid field 'interventionDate': the data"],
      [
        { interventionDate: start, control: { kind: 'area', layer: 'ward', code: 'NOPE' } },
        "Invalid field 'control.code'",
      ],
    ];
    for (const [body, message] of cases) {
      const res = await evaluate(problemId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(message);
    }
  });

  it('answers 404 for an unknown problem', async () => {
    expect((await evaluate(999_999, { interventionDate: start })).status).toBe(404);
    expect((await send('GET', '/api/problems/999999/evaluations')).status).toBe(404);
  });

  it('lets tasking run evaluations and the board only read them', async () => {
    const tasking = await env.app.login('tasking');
    expect((await evaluate(problemId, { interventionDate: start, save: false }, tasking)).status).toBe(200);
    const board = await env.app.login('board');
    expect((await evaluate(problemId, { interventionDate: start }, board)).status).toBe(403);
    expect((await send('GET', `/api/problems/${problemId}/evaluations`, undefined, board)).status).toBe(200);
    expect((await env.app.request(`/api/problems/${problemId}/evaluations`)).status).toBe(401);
  });
});

describe('GET /api/board/tasking', () => {
  it('gives the latest evaluation, hiding small counts and every figure that would give them back', async () => {
    // One month either side: a few contacts in the target, some of them below the threshold of 5.
    const latest = Evaluation.parse(
      await (await evaluate(problemId, { interventionDate: start, months: 1 })).json(),
    );
    const values = ['target', 'buffer', 'control'].flatMap((z) =>
      Object.values(latest.counts[z as 'target']),
    );
    expect(values.some((n) => n > 0 && n < 5)).toBe(true);

    const whole = BoardTaskingResults.parse(await (await send('GET', '/api/board/tasking')).json());
    expect(whole.suppression.applied).toBe(false);
    expect(whole.rows).toHaveLength(1);
    expect(whole.rows[0]).toMatchObject({
      evaluationId: latest.id,
      title: 'Parade ASB',
      verdictText: latest.verdictText,
    });
    expect(whole.rows[0]?.counts.target.after).toEqual({
      value: latest.counts.target.after,
      suppressed: null,
    });

    const board = await env.app.login('board');
    const seen = BoardTaskingResults.parse(
      await (await send('GET', '/api/board/tasking', undefined, board)).json(),
    );
    expect(seen.suppression.applied).toBe(true);
    const row = seen.rows[0];
    const shown = ['target', 'buffer', 'control'].flatMap((z) =>
      Object.values(row?.counts[z as 'target'] ?? {}),
    );
    for (const cell of shown) if (cell.value !== null) expect(cell.value === 0 || cell.value >= 5).toBe(true);
    expect(shown.some((c) => c.suppressed === 'small_count')).toBe(true);
    expect(row).toMatchObject({ wdq: null, tne: null, changeAgainstControl: null, verdict: latest.verdict });
    expect(row?.targetTest.oddsRatio).toBeNull();
    expect(row?.verdictText).not.toMatch(/\d/);

    const preview = await send('GET', '/api/board/tasking?suppress=true');
    expect(BoardTaskingResults.parse(await preview.json()).rows).toEqual(seen.rows);
  });
});
