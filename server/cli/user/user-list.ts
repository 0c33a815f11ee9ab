import { Command } from 'commander';
import { listUsers } from '../../services/users/list-users.ts';
import { withDbOption, type DbFlag } from '../cli-config.ts';
import { withDb } from '../with-db.ts';

export function userListCommand(): Command {
  return withDbOption(new Command('list'))
    .description('list every user with role, agency and whether disabled')
    .action(async (opts: DbFlag) => {
      const users = await withDb(opts.db, listUsers, { mustExist: true });
      const rows = [
        ['ID', 'USERNAME', 'ROLE', 'AGENCY', 'DISABLED'],
        ...users.map((u) => [String(u.id), u.username, u.role, u.agency.code, u.disabled ? 'yes' : 'no']),
      ];
      const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
      for (const r of rows)
        console.log(
          r
            .map((cell, i) => cell.padEnd(widths[i] ?? 0))
            .join('  ')
            .trimEnd(),
        );
      if (users.length === 0) console.log('(no users)');
    });
}
