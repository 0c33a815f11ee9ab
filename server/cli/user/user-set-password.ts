import { Command } from 'commander';
import { recordAudit } from '../../services/audit/record-audit.ts';
import { PASSWORD_RULE } from '../../services/auth/passwords.ts';
import { knownUser } from '../../services/users/known-user.ts';
import { setUserPassword } from '../../services/users/set-user-password.ts';
import { withDbOption, type DbFlag } from '../cli-config.ts';
import { readPassword } from '../read-password.ts';
import { withDb } from '../with-db.ts';

interface SetPasswordOptions extends DbFlag {
  username: string;
  passwordStdin?: boolean;
}

export function userSetPasswordCommand(): Command {
  return withDbOption(new Command('set-password'))
    .description(`replace a user's password (${PASSWORD_RULE}) and end their sessions`)
    .requiredOption('--username <name>', 'the user')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (opts: SetPasswordOptions) => {
      await withDb(
        opts.db,
        async (db) => {
          // An unknown name is refused before anyone types a password.
          await knownUser(db, opts.username);
          const password = await readPassword(opts.passwordStdin === true);
          const { username } = await setUserPassword(db, opts.username, password);
          await recordAudit(db, {}, 'user_change', `command line: password changed for ${username}`);
          console.log(`Password changed for ${username}; their sessions were ended.`);
        },
        { mustExist: true },
      );
    });
}
