import { Command } from 'commander';
import { recordAudit } from '../../services/audit/record-audit.ts';
import { disableUser } from '../../services/users/disable-user.ts';
import { withDbOption, type DbFlag } from '../cli-config.ts';
import { withDb } from '../with-db.ts';

interface DisableOptions extends DbFlag {
  username: string;
}

export function userDisableCommand(): Command {
  return withDbOption(new Command('disable'))
    .description('stop a user signing in and end their open sessions')
    .requiredOption('--username <name>', 'the user')
    .action(async (opts: DisableOptions) => {
      await withDb(
        opts.db,
        async (db) => {
          const { username } = await disableUser(db, opts.username);
          await recordAudit(db, {}, 'user_change', `command line: disabled user ${username}`);
          console.log(`Disabled ${username}; their sessions were ended.`);
        },
        { mustExist: true },
      );
    });
}
