import { beforeAll } from 'vitest';
import { sql } from '../../server/db/sql.ts';
import { useDemoApp } from './demo-db.ts';

/**
 * A demo app with a session per role and the first ward's code, for the tasking API tests:
 * `send(method, path, body, role)` calls the API as that role (analyst by default).
 */
export function useTaskingApp(records: number) {
  const env = useDemoApp(records);
  const who: Record<string, string> = {};
  const place = { ward: '' };
  beforeAll(async () => {
    for (const role of ['tasking', 'board', 'admin']) who[role] = await env.app.login(role);
    who.analyst = env.cookie;
    const [w] = await env.app.db.all<{ code: string }>(
      sql`select code from area where layer_id = 'ward' order by code limit 1`,
    );
    place.ward = w?.code ?? '';
  });
  const send = (method: string, path: string, body?: unknown, role = 'analyst') =>
    env.app.request(path, {
      method,
      cookie: who[role],
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { env, who, place, send };
}
