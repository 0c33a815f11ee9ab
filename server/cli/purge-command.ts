import { Command } from 'commander';
import { purgeExpired, purgeLine } from '../services/retention/purge-expired.ts';
import { withDbOption, type DbFlag } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import { withDb } from './with-db.ts';

interface PurgeOptions extends DbFlag {
  dryRun?: boolean;
  asOf?: string;
}

export function purgeCommand(): Command {
  return withDbOption(new Command('purge'))
    .description(
      "remove contacts older than their agency's retention (icsb retention), with their personal fields, " +
        'area rows and links, in one transaction recorded in the audit log',
    )
    .option('--dry-run', 'count what would go and change nothing')
    .option('--as-of <day>', 'measure retention from this UTC day (YYYY-MM-DD) instead of today')
    .action(async (opts: PurgeOptions) => {
      const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
        throw new CliError(`"${asOf}" is not a day (YYYY-MM-DD).`);
      const dryRun = opts.dryRun === true;
      const r = await withDb(opts.db, (db) => purgeExpired(db, { asOf, dryRun }), { mustExist: true });
      if (r.agencies.length === 0)
        console.log('No agency has a retention period (icsb retention set); nothing to purge.');
      console.log(
        dryRun ? `Dry run as of ${asOf}; nothing was changed. Would remove:` : `Purged as of ${asOf}:`,
      );
      for (const a of r.agencies) console.log(`  ${purgeLine(a)}`);
      if (!dryRun) console.log(`  other reports relinked: ${r.relinked.toLocaleString('en-GB')}`);
    });
}
