/**
 * Times dashboard endpoints on two or more databases in turn, with the bench's own server and client, to
 * tell a difference between databases from the machine's own drift (docs/performance.md):
 *   node --import tsx bench/what-if/endpoint-ab.ts [--reps 20] [--rounds 2] [--only repeats] A.duckdb B.duckdb
 * Adds a user `ab` to each database (give it copies). Prints, per round, database and endpoint, the p50 of
 * the client's round trip and of DuckDB's time (Server-Timing) over uncached calls, and the p95 round trip.
 */
import { parseArgs } from 'node:util';
import { Db } from '../../server/db/database.ts';
import { createUser } from '../../server/services/users/create-user.ts';
import { startBenchServer } from '../dashboard/bench-server.ts';
import { discover, endpoints, filterSets, withFilter } from '../dashboard/endpoints.ts';
import { p, timedGet, type CallTiming } from '../dashboard/http-timing.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    reps: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
    only: { type: 'string', default: '' },
  },
});
const PASSWORD = 'endpoint-ab-password';

for (const dbPath of positionals) {
  const db = await Db.open({ path: dbPath, threads: 2, memoryLimit: '2GB', maxConcurrent: 2 });
  try {
    await createUser(db, { username: 'ab', password: PASSWORD, role: 'admin', agencyCode: 'police' });
  } catch {
    // Already there from an earlier run.
  } finally {
    db.close();
  }
}
for (let round = 1; round <= Number(values.rounds); round++)
  for (const dbPath of positionals) {
    const server = await startBenchServer(
      { dbPath, username: 'ab', password: PASSWORD, threads: 2, memory: '2GB' },
      () => undefined,
    );
    try {
      const c = await discover(server);
      for (const f of filterSets(c))
        for (const e of endpoints(c).filter((x) => x.name.includes(values.only))) {
          const path = withFilter(e.path, f);
          await timedGet(server, path, true);
          const calls: CallTiming[] = [];
          for (let i = 0; i < Number(values.reps); i++) calls.push(await timedGet(server, path, true));
          const at = (q: number, k: 'wallMs' | 'dbMs') =>
            p(
              calls.map((x) => x[k]),
              q,
            ).toFixed(1);
          console.log(
            `round ${round} ${dbPath} ${e.name} ${f.name}: p50 ${at(0.5, 'wallMs')} ms, DuckDB p50 ${at(0.5, 'dbMs')} ms, p95 ${at(0.95, 'wallMs')} ms`,
          );
        }
    } finally {
      await server.stop();
    }
  }
