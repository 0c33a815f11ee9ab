import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from './api/app.ts';
import type { Config } from './config.ts';
import { Db, dbOptionsFrom } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-users.ts';
import { ensureRollup } from './services/data/ensure-rollup.ts';

// ICSB_CLIENT_DIR lets a test run serve a client built elsewhere (parallel builds must not share dist/).
export const CLIENT_DIR =
  process.env.ICSB_CLIENT_DIR || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client');

const log = (msg: string, err?: unknown) => console.error(`[icsb] ${msg}`, err ?? '');

/** Boot: open db -> migrate -> demo data when empty -> app -> listen. One process owns the file. */
export async function startServer(
  config: Config,
  out: (line: string) => void = console.log,
): Promise<{ server: Server; db: Db; url: string }> {
  const db = await Db.open(dbOptionsFrom(config));
  await migrate(db);
  const demo = await seedDemo(db, { records: config.ICSB_DEMO_RECORDS, seed: config.ICSB_DEMO_SEED }, out);
  if (await ensureRollup(db)) out('Counted the stored contacts again for the dashboard rollup.');
  const app = createApp({ db, config, log }, { clientDir: CLIENT_DIR });
  // Express 5 hands a listen error (a port in use, say) to the callback rather than throwing it.
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, (err?: Error) => {
      if (!err) return resolve(s);
      db.close();
      const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
      reject(
        inUse
          ? new Error(`Port ${config.PORT} on ${config.HOST} is in use: stop what holds it or set PORT.`)
          : err,
      );
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = `http://${host}:${port}/`;
  out(`ICSB Analytics is running at ${url}`);
  out(
    `Database: ${path.resolve(config.ICSB_DB)} (threads ${config.ICSB_DB_THREADS}, memory limit ${config.ICSB_DB_MEMORY})`,
  );
  if (demo.demoUsers) {
    out(`Demo sign-ins (FOR THE DEMO ONLY; every user has the password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) out(`  ${u.username.padEnd(8)} role ${u.role}`);
  }
  return { server, db, url };
}

/** Closes the server, then the database, on Ctrl-C or a service stop. */
export function stopOnSignals({ server, db }: { server: Server; db: Db }): void {
  const stop = () => {
    server.close(() => {
      db.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
