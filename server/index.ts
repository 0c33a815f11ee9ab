import { loadConfig } from './config.ts';
import { startServer } from './serve.ts';

try {
  const { server, db } = await startServer(loadConfig());
  const stop = () => {
    server.close(() => {
      db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
