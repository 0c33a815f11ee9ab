import { describe, expect, it } from 'vitest';
import { ProblemDetail, ProblemList } from '../../server/contract/tasking.ts';
import { sql } from '../../server/db/sql.ts';
import { useTaskingApp } from '../helpers/tasking-app.ts';

const { env, place, send } = useTaskingApp(1_000);
const problemBody = (over: Record<string, unknown> = {}) => ({
  title: 'Graffiti on the underpass',
  place: { kind: 'area', layer: 'ward', code: place.ward },
  ownerAgency: 'city_council',
  reviewDate: '2030-06-30',
  ...over,
});
async function created(role: string, over: Record<string, unknown> = {}): Promise<ProblemDetail> {
  const res = await send('POST', '/api/problems', problemBody(over), role);
  expect(res.status, await res.clone().text()).toBe(201);
  return ProblemDetail.parse(await res.json());
}
const list = async (query = '') => {
  const res = await send('GET', `/api/problems${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ProblemList.parse(await res.json());
};

describe('who may read and write', () => {
  it('lets analysts, JAG members and administrators write, and the board only read', async () => {
    const byTasking = await created('tasking');
    expect(byTasking.problem.createdBy).toBe('tasking');
    expect(byTasking.canWrite).toBe(true);
    expect((await created('admin')).problem.createdBy).toBe('admin');
    const id = byTasking.problem.id;
    const read = await send('GET', `/api/problems/${id}`, undefined, 'board');
    expect(read.status).toBe(200);
    expect(ProblemDetail.parse(await read.json()).canWrite).toBe(false);
    expect((await send('POST', '/api/problems', problemBody(), 'board')).status).toBe(403);
    const patch = { version: 1, stage: 'response' };
    expect((await send('PATCH', `/api/problems/${id}`, patch, 'board')).status).toBe(403);
    const action = { agency: 'police', assignee: 'PC Jones', kind: 'patrol', dueDate: '2030-01-01' };
    expect((await send('POST', `/api/problems/${id}/actions`, action, 'board')).status).toBe(403);
    expect((await send('GET', '/api/actions', undefined, 'board')).status).toBe(200);
    expect((await env.app.request('/api/problems')).status).toBe(401);
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an unknown owner agency', { ownerAgency: 'mi5' }, /field 'ownerAgency'.*not a known agency/],
    ['an empty title', { title: ' ' }, /field 'title'/],
    ['an unknown area', { place: { kind: 'area', layer: 'ward', code: 'NOPE' } }, /field 'place.code'/],
    [
      'cells of two sizes',
      { place: { kind: 'cells', cells: ['250_1765_1034', '500_882_517'] } },
      /'place.cells'.*one cell size/,
    ],
    ['a bad review date', { reviewDate: '31/01/2030' }, /field 'reviewDate'/],
    [
      'a crossing outline',
      {
        place: {
          kind: 'polygon',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-1.4, 52.2],
                [-1.38, 52.22],
                [-1.38, 52.2],
                [-1.4, 52.22],
                [-1.4, 52.2],
              ],
            ],
          },
        },
      },
      /field 'place.geometry'.*crosses itself/,
    ],
  ];
  it.each(cases)('answers 400 naming the field for %s', async (_, over, message) => {
    const res = await send('POST', '/api/problems', problemBody(over));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  });

  it('answers 400 for an edit without a version or an action for an unknown agency, 404 for no such problem', async () => {
    const { problem } = await created('analyst');
    const noVersion = await send('PATCH', `/api/problems/${problem.id}`, { stage: 'response' });
    expect(noVersion.status).toBe(400);
    expect(await noVersion.text()).toMatch(/field 'version'/);
    const action = { agency: 'nobody', assignee: 'X', kind: 'patrol', dueDate: '2030-01-01' };
    const badAgency = await send('POST', `/api/problems/${problem.id}/actions`, action);
    expect(badAgency.status).toBe(400);
    expect(await badAgency.text()).toMatch(/field 'agency'/);
    expect((await send('GET', '/api/problems/99999')).status).toBe(404);
    expect((await send('GET', '/api/problems/abc')).status).toBe(400);
  });
});

describe('GET /api/problems', () => {
  it('filters by status, agency and stage, flags reviews due and shows the latest verdict', async () => {
    const due = await created('analyst', {
      title: 'Review overdue',
      reviewDate: '2021-01-01',
      ownerAgency: 'police',
    });
    expect(due.problem.reviewDue).toBe(true);
    const closed = await created('analyst', { title: 'Closed one' });
    await send('PATCH', `/api/problems/${closed.problem.id}`, { version: 1, status: 'closed' });
    await env.app.db.run(sql`insert into problem_evaluation (problem_id, result, run_by)
      values (${due.problem.id}, '{"verdict": "no_effect"}', 1), (${due.problem.id}, '{"verdict": "worked"}', 1)`);
    const open = await list();
    expect(open.problems.map((p) => p.id)).not.toContain(closed.problem.id);
    expect(open.problems.find((p) => p.id === due.problem.id)?.latestVerdict).toBe('worked');
    expect((await list('?status=closed')).problems.map((p) => p.id)).toEqual([closed.problem.id]);
    const police = await list('?agency=police');
    expect(police.problems.map((p) => p.id)).toEqual([due.problem.id]);
    expect((await list('?stage=assessment')).problems).toEqual([]);
    expect(open.harmWeights.intimidation).toBe(3);
  });
});
