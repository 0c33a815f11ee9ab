import { Command } from 'commander';
import { AppError } from '../errors.ts';
import { listRetention } from '../queries/retention.ts';
import { setAgencyRetention } from '../services/retention/set-retention.ts';
import { withDbOption, type DbFlag } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import { printTable } from './print-table.ts';
import { withDb } from './with-db.ts';

function listCommand(): Command {
  return withDbOption(new Command('list'))
    .description('list every agency with how many months its contacts are kept')
    .action(async (opts: DbFlag) => {
      const rows = await withDb(opts.db, listRetention, { mustExist: true });
      printTable(
        ['CODE', 'NAME', 'RETENTION'],
        rows.map((r) => [
          r.code,
          r.name,
          r.retention_months === null ? 'kept' : `${r.retention_months} months`,
        ]),
        '(no agencies)',
      );
    });
}

const monthsOf = (text: string): number | null => {
  if (text === 'none') return null;
  const months = Number(text);
  if (!Number.isInteger(months) || months < 1 || months > 1200)
    throw new CliError(`"${text}" is not a number of months (1 to 1200) or "none".`);
  return months;
};

function setCommand(): Command {
  return withDbOption(new Command('set'))
    .description('set how many months an agency keeps its contacts; icsb purge then removes older ones')
    .argument('<code>', 'agency code (see icsb retention list)')
    .argument('<months>', 'whole months, or "none" to keep every contact')
    .action(async (code: string, monthsText: string, opts: DbFlag) => {
      const months = monthsOf(monthsText);
      await withDb(
        opts.db,
        async (db) => {
          try {
            await setAgencyRetention(db, code, months);
          } catch (err) {
            if (err instanceof AppError && err.code === 'not_found')
              throw new CliError(`No agency with code "${code}" (see icsb retention list).`);
            throw err;
          }
        },
        { mustExist: true },
      );
      console.log(
        months === null
          ? `Contacts of ${code} are now kept with no retention period.`
          : `Contacts of ${code} are now kept ${months} months; run icsb purge to remove older ones.`,
      );
    });
}

export function retentionCommand(): Command {
  return new Command('retention')
    .description('how long each agency keeps its contacts (see icsb purge)')
    .addCommand(listCommand())
    .addCommand(setCommand());
}
