import { loadConfig } from './config.ts';
import { startServer, stopOnSignals } from './serve.ts';

try {
  stopOnSignals(await startServer(loadConfig()));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
