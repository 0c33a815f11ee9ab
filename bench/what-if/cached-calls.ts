/**
 * What-if behind docs/performance.md: where a cached call's time goes, the client's round trip against
 * the server's own time for it (Server-Timing `app`).
 *   node --import tsx bench/what-if/cached-calls.ts DB PATH [--calls 200]
 * DB a database the benchmark left (npm run bench keeps none; bench/ingest-only.ts --keep-db does), PATH
 * an API path such as '/api/hotspots?method=gistar'. Starts the real server on the database as the
 * benchmark does, answers PATH once, then times the cached calls.
 */
import { parseArgs } from 'node:util';
import { Db } from '../../server/db/database.ts';
import { createUser } from '../../server/services/users/create-user.ts';
import { startBenchServer } from '../dashboard/bench-server.ts';
import { p, timedGet } from '../dashboard/http-timing.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { calls: { type: 'string', default: '200' } },
});
const [dbPath, path] = positionals;
if (!dbPath || !path) throw new Error('usage: cached-calls.ts DB PATH [--calls 200]');
const login = { username: 'what-if', password: 'what-if-password-1' };
{
  const db = await Db.open({ path: dbPath, threads: 2, memoryLimit: '2GB', maxConcurrent: 2 });
  await createUser(db, { ...login, role: 'admin', agencyCode: 'police' }).catch(() => undefined);
  db.close();
}
const server = await startBenchServer({ dbPath, ...login, threads: 2, memory: '6GB' }, () => undefined);
try {
  await timedGet(server, path, true);
  const calls = [];
  for (let i = 0; i < Number(values.calls); i++) calls.push(await timedGet(server, path, false));
  const show = (label: string, ms: number[]) =>
    console.log(
      `${label}: p50 ${p(ms, 0.5).toFixed(2)} ms, p95 ${p(ms, 0.95).toFixed(2)} ms, slowest ${Math.max(...ms).toFixed(1)} ms`,
    );
  show(
    'client round trip, body read and parsed',
    calls.map((c) => c.wallMs),
  );
  show(
    'server, Server-Timing app',
    calls.map((c) => c.appMs),
  );
} finally {
  await server.stop();
}
