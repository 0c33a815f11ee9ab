import { Command } from 'commander';
import { recordAudit } from '../../services/audit/record-audit.ts';
import { PASSWORD_RULE } from '../../services/auth/passwords.ts';
import { checkNewUser, createUser } from '../../services/users/create-user.ts';
import { withDbOption, type DbFlag } from '../cli-config.ts';
import { readPassword } from '../read-password.ts';
import { withDb } from '../with-db.ts';

interface AddOptions extends DbFlag {
  username: string;
  agency: string;
  role: string;
  passwordStdin?: boolean;
}

export function userAddCommand(): Command {
  return withDbOption(new Command('add'))
    .description(`create a user; the password (${PASSWORD_RULE}) is asked for twice, or read from stdin`)
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--agency <code>', 'code of an existing agency, e.g. police')
    .requiredOption('--role <role>', 'admin, analyst, tasking or board')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (opts: AddOptions) => {
      await withDb(
        opts.db,
        async (db) => {
          const fields = { username: opts.username, agencyCode: opts.agency, role: opts.role };
          // Refuse a bad role or agency before making anyone type a password.
          await checkNewUser(db, fields);
          const password = await readPassword(opts.passwordStdin === true);
          const user = await createUser(db, { ...fields, password });
          await recordAudit(
            db,
            {},
            'user_change',
            `command line: created user ${user.username} (role ${user.role}, agency ${user.agency.code})`,
          );
          console.log(`Created user ${user.username} (role ${user.role}, agency ${user.agency.code}).`);
        },
        { mustExist: true },
      );
    });
}
