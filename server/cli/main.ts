import { Command } from 'commander';
import { agencyCommand } from './agency-command.ts';
import { batchCommand } from './batch-command.ts';
import { boundariesCommand } from './boundaries-command.ts';
import { generateCommand } from './generate-command.ts';
import { reportError } from './cli-error.ts';
import { ingestCommand } from './ingest-command.ts';
import { populationCommand } from './population-command.ts';
import { purgeCommand } from './purge-command.ts';
import { retentionCommand } from './retention-command.ts';
import { serveCommand } from './serve-command.ts';
import { userCommand } from './user/user-command.ts';

// One entry per subcommand; each lives in its own file and builds its own Command.
const COMMANDS: readonly (() => Command)[] = [
  serveCommand,
  userCommand,
  boundariesCommand,
  populationCommand,
  ingestCommand,
  batchCommand,
  generateCommand,
  agencyCommand,
  retentionCommand,
  purgeCommand,
];

const program = new Command('icsb')
  .description('ICSB Analytics: anti-social behaviour analytics for a community safety partnership')
  .showHelpAfterError('(add --help for usage)');
for (const make of COMMANDS) program.addCommand(make());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err);
}
