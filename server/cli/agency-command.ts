import { Command } from 'commander';
import { AGENCY_KINDS } from '../contract/taxonomy.ts';
import { AppError } from '../errors.ts';
import { listAgenciesWithUse } from '../queries/agencies-admin.ts';
import { addAgency, renameAgencyTo } from '../services/data/manage-agencies.ts';
import { withDbOption, type DbFlag } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import { printTable } from './print-table.ts';
import { withDb } from './with-db.ts';

const KINDS = AGENCY_KINDS.join(', ');

/** The service's refusals, worded for the command line. */
async function asCli<T>(code: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError && err.code === 'agency_exists')
      throw new CliError(err.message.replace('rename it instead', 'use agency rename'));
    if (err instanceof AppError && err.code === 'not_found')
      throw new CliError(`No agency with code "${code}" (see icsb agency list).`);
    throw err;
  }
}

function addCommand(): Command {
  return withDbOption(new Command('add'))
    .description('add an agency whose contacts can be loaded and whose staff can sign in')
    .argument('<code>', 'short code used in files and profiles, e.g. city_council')
    .requiredOption('--name <name>', 'name shown in the dashboard')
    .requiredOption('--kind <kind>', KINDS)
    .action(async (code: string, opts: DbFlag & { name: string; kind: string }) => {
      const added = await withDb(
        opts.db,
        (db) => asCli(code, () => addAgency(db, { code, name: opts.name, kind: opts.kind })),
        {
          mustExist: true,
        },
      );
      console.log(`Added agency ${added.code} ("${added.name}", kind ${added.kind}).`);
    });
}

function listCommand(): Command {
  return withDbOption(new Command('list'))
    .description('list every agency with its kind and how many contacts and users it has')
    .action(async (opts: DbFlag) => {
      const agencies = await withDb(opts.db, listAgenciesWithUse, { mustExist: true });
      const n = (x: number) => x.toLocaleString('en-GB');
      printTable(
        ['CODE', 'NAME', 'KIND', 'CONTACTS', 'USERS'],
        agencies.map((a) => [a.code, a.name, a.kind, n(a.contacts), n(a.users)]),
        '(no agencies)',
      );
    });
}

function renameCommand(): Command {
  return withDbOption(new Command('rename'))
    .description('change the name an agency is shown by (its code, contacts and users stay)')
    .argument('<code>', 'agency code (see icsb agency list)')
    .requiredOption('--name <name>', 'the new name')
    .action(async (code: string, opts: DbFlag & { name: string }) => {
      const r = await withDb(opts.db, (db) => asCli(code, () => renameAgencyTo(db, code, opts.name)), {
        mustExist: true,
      });
      console.log(`Renamed agency ${code}: "${r.old}" -> "${r.name}".`);
    });
}

export function agencyCommand(): Command {
  return new Command('agency')
    .description('manage the agencies whose contacts are loaded (also on the Data page)')
    .addCommand(addCommand())
    .addCommand(listCommand())
    .addCommand(renameCommand());
}
