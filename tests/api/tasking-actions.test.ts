import { describe, expect, it } from 'vitest';
import { Action, ActionList, ProblemDetail } from '../../server/contract/tasking.ts';
import { sql } from '../../server/db/sql.ts';
import { useTaskingApp } from '../helpers/tasking-app.ts';

const { env, place, send } = useTaskingApp(2_000);
async function ok<T>(res: Response, status: number, schema: { parse: (x: unknown) => T }): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status);
  return schema.parse(await res.json());
}
const today = () => new Date().toISOString().slice(0, 10);
const problemBody = (over: Record<string, unknown> = {}) => ({
  title: 'Fly-tipping behind the shops',
  place: { kind: 'area', layer: 'ward', code: place.ward },
  categories: ['fly_tipping'],
  ownerAgency: 'city_council',
  reviewDate: '2030-06-30',
  ...over,
});
const newProblem = async (over: Record<string, unknown> = {}, role = 'analyst') =>
  ok(await send('POST', '/api/problems', problemBody(over), role), 201, ProblemDetail);
const detail = async (id: number, role = 'analyst') =>
  ok(await send('GET', `/api/problems/${id}`, undefined, role), 200, ProblemDetail);
const newAction = async (problemId: number, body: Record<string, unknown>, role = 'analyst') =>
  ok(await send('POST', `/api/problems/${problemId}/actions`, body, role), 201, Action);

describe('actions', () => {
  it('tasks two agencies, lists overdue actions per agency and logs updates', async () => {
    const { problem } = await newProblem();
    const late = await newAction(problem.id, {
      agency: 'police',
      assignee: 'PC Smith',
      kind: 'patrol',
      dueDate: '2020-01-15',
    });
    const soon = await newAction(
      problem.id,
      { agency: 'city_council', assignee: 'Cleansing team', kind: 'cleansing', dueDate: '2030-02-01' },
      'tasking',
    );
    expect(late).toMatchObject({ status: 'planned', overdue: true, createdBy: 'analyst', completedOn: null });
    expect(late.agency.code).toBe('police');
    expect(soon).toMatchObject({ overdue: false, createdBy: 'tasking' });
    const police = await ok(await send('GET', '/api/actions?agency=police&overdue=true'), 200, ActionList);
    expect(police.actions.map((a) => a.id)).toContain(late.id);
    expect(police.actions.every((a) => a.agency.code === 'police' && a.overdue)).toBe(true);
    expect(police.actions.find((a) => a.id === late.id)?.problemTitle).toBe(problem.title);
    const council = await ok(
      await send('GET', '/api/actions?agency=city_council&overdue=true'),
      200,
      ActionList,
    );
    expect(council.actions.map((a) => a.id)).not.toContain(soon.id);
    const logged = await ok(
      await send('POST', `/api/actions/${late.id}/updates`, { text: 'Two patrols done, more planned' }),
      201,
      Action,
    );
    expect(logged.updates).toEqual([
      expect.objectContaining({ text: 'Two patrols done, more planned', by: 'analyst' }),
    ]);
    const d = await detail(problem.id);
    expect(d.actions.map((a) => a.id)).toEqual([late.id, soon.id]);
    expect(d.problem).toMatchObject({ openActions: 2, overdueActions: 1 });
  });

  it('dates an action done today by default and clears the date when it is reopened', async () => {
    const { problem } = await newProblem();
    const a = await newAction(problem.id, {
      agency: 'fire',
      assignee: 'Crew 2',
      kind: 'other',
      dueDate: '2020-03-01',
    });
    const done = await ok(
      await send('PATCH', `/api/actions/${a.id}`, { version: a.version, status: 'done' }),
      200,
      Action,
    );
    expect(done).toMatchObject({
      status: 'done',
      completedOn: today(),
      overdue: false,
      version: a.version + 1,
    });
    const open = await send('GET', '/api/actions?agency=fire');
    expect((await ok(open, 200, ActionList)).actions.map((x) => x.id)).not.toContain(a.id);
    const back = await ok(
      await send('PATCH', `/api/actions/${a.id}`, { version: done.version, status: 'in_progress' }),
      200,
      Action,
    );
    expect(back).toMatchObject({ status: 'in_progress', completedOn: null, overdue: true });
  });
});

describe('changes', () => {
  it('refuses the second of two edits made on the same version, naming who changed it, and loses nothing', async () => {
    const { problem } = await newProblem();
    const first = await send(
      'PATCH',
      `/api/problems/${problem.id}`,
      { version: problem.version, stage: 'analysis' },
      'tasking',
    );
    const mine = await ok(first, 200, ProblemDetail);
    expect(mine.problem).toMatchObject({
      stage: 'analysis',
      version: problem.version + 1,
      updatedBy: 'tasking',
    });
    const second = await send('PATCH', `/api/problems/${problem.id}`, {
      version: problem.version,
      title: 'Fly-tipping (renamed)',
    });
    expect(second.status).toBe(409);
    const body = (await second.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('edit_conflict');
    expect(body.error.message).toMatch(
      /^Changed by tasking at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC since you opened it; reload/,
    );
    const after = await detail(problem.id);
    expect(after.problem).toMatchObject({
      stage: 'analysis',
      title: problem.title,
      version: problem.version + 1,
    });
    const retried = await send('PATCH', `/api/problems/${problem.id}`, {
      version: after.problem.version,
      title: 'Fly-tipping (renamed)',
    });
    const final = await ok(retried, 200, ProblemDetail);
    expect(final.problem).toMatchObject({ stage: 'analysis', title: 'Fly-tipping (renamed)' });
    const [place] = await env.app.db.all<{ name: string }>(
      sql`select name from area where layer_id = ${`problem_${problem.id}`}`,
    );
    expect(place?.name).toBe('Fly-tipping (renamed)');
    expect(final.history.map((h) => [h.by, h.change, h.fields])).toEqual([
      ['analyst', 'updated', [{ field: 'title', from: problem.title, to: 'Fly-tipping (renamed)' }]],
      ['tasking', 'updated', [{ field: 'stage', from: 'scanning', to: 'analysis' }]],
      ['analyst', 'created', []],
    ]);
  });

  it('refuses a stale action edit and keeps action changes in the problem history', async () => {
    const { problem } = await newProblem();
    const a = await newAction(problem.id, {
      agency: 'housing',
      assignee: 'Officer Lee',
      kind: 'housing_visit',
      dueDate: '2030-01-10',
    });
    await ok(
      await send(
        'PATCH',
        `/api/actions/${a.id}`,
        { version: a.version, assignee: 'Officer Khan' },
        'tasking',
      ),
      200,
      Action,
    );
    const stale = await send('PATCH', `/api/actions/${a.id}`, { version: a.version, dueDate: '2030-02-10' });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('edit_conflict');
    const d = await detail(problem.id);
    expect(d.actions[0]).toMatchObject({ assignee: 'Officer Khan', dueDate: '2030-01-10' });
    expect(d.history.slice(0, 2).map((h) => [h.entity, h.entityId, h.by, h.change, h.fields])).toEqual([
      [
        'action',
        a.id,
        'tasking',
        'updated',
        [{ field: 'assignee', from: 'Officer Lee', to: 'Officer Khan' }],
      ],
      ['action', a.id, 'analyst', 'created', []],
    ]);
  });

  it('keeps exactly one of two edits sent at the same moment on the same version', async () => {
    const { problem } = await newProblem();
    const path = `/api/problems/${problem.id}`;
    const [a, b] = await Promise.all([
      send('PATCH', path, { version: problem.version, stage: 'response' }, 'tasking'),
      send('PATCH', path, { version: problem.version, stage: 'assessment' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'response' : 'assessment';
    const d = await detail(problem.id);
    expect(d.problem).toMatchObject({ stage: winner, version: problem.version + 1 });
    expect(d.history.filter((h) => h.change === 'updated')).toHaveLength(1);
  });
});
