import { Command } from 'commander';
import { listUsers } from '../../services/users/list-users.ts';
import { withDbOption, type DbFlag } from '../cli-config.ts';
import { printTable } from '../print-table.ts';
import { withDb } from '../with-db.ts';

export function userListCommand(): Command {
  return withDbOption(new Command('list'))
    .description('list every user with role, agency and whether disabled')
    .action(async (opts: DbFlag) => {
      const users = await withDb(opts.db, listUsers, { mustExist: true });
      printTable(
        ['ID', 'USERNAME', 'ROLE', 'AGENCY', 'DISABLED'],
        users.map((u) => [String(u.id), u.username, u.role, u.agency.code, u.disabled ? 'yes' : 'no']),
        '(no users)',
      );
    });
}
