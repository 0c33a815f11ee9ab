import { Command } from 'commander';
import { cliConfig, withDbOption, type DbFlag } from './cli-config.ts';

interface ServeOptions extends DbFlag {
  port?: string;
  host?: string;
}

export function serveCommand(): Command {
  return withDbOption(new Command('serve'))
    .description('start the web server; an empty database gets the demo agencies and users')
    .option('--port <port>', 'port to listen on (PORT, default 8080)')
    .option('--host <host>', 'address to listen on (HOST, default 127.0.0.1)')
    .action(async (opts: ServeOptions) => {
      const config = cliConfig({ ICSB_DB: opts.db, PORT: opts.port, HOST: opts.host });
      // Loaded on use so that `icsb --help` and the other commands start quickly.
      const { startServer, stopOnSignals } = await import('../serve.ts');
      stopOnSignals(await startServer(config));
    });
}
