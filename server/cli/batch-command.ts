import { Command } from 'commander';
import os from 'node:os';
import { recordAudit } from '../services/audit/record-audit.ts';
import { DEFAULT_LINK } from '../ingest/ingest-options.ts';
import { withDbOption, type DbFlag } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import { printTable } from './print-table.ts';
import { withDb } from './with-db.ts';

const n = (x: number) => x.toLocaleString('en-GB');

function listCommand(): Command {
  return withDbOption(new Command('list'))
    .description('list load batches, newest first, with what each read and stored')
    .action(async (opts: DbFlag) => {
      const { listBatches } = await import('../queries/batch-list.ts');
      const batches = await withDb(opts.db, listBatches, { mustExist: true });
      const head = [
        'ID',
        'LOADED AT',
        'BY',
        'SOURCE',
        'FILE',
        'READ',
        'LOADED',
        'REJECTED',
        'DUPLICATES',
        'OUT OF AREA',
        'LINKED',
      ];
      const rows = batches.map((b) => [
        String(b.id),
        b.loaded_at,
        b.loaded_by ?? '',
        b.profile ? `${b.source}:${b.profile}` : b.source,
        b.file_name ? (b.file_name.split('/').pop() ?? '') : '',
        n(b.rows_read),
        n(b.rows_loaded),
        n(b.rows_rejected),
        n(b.rows_duplicate),
        n(b.rows_out_of_area),
        n(b.rows_linked),
      ]);
      printTable(head, rows, '(no batches)');
    });
}

function removeCommand(): Command {
  return withDbOption(new Command('remove'))
    .description(
      'remove a batch and everything it loaded (contacts, personal fields, areas, links, crimes, rejects)',
    )
    .argument('<id>', 'batch id (see icsb batch list)')
    .action(async (idText: string, opts: DbFlag) => {
      const id = Number(idText);
      if (!Number.isInteger(id) || id <= 0) throw new CliError(`"${idText}" is not a batch id.`);
      const { removeBatch } = await import('../ingest/remove-batch.ts');
      const r = await withDb(
        opts.db,
        async (db) => {
          const removed = await removeBatch(db, id, DEFAULT_LINK);
          await recordAudit(
            db,
            {},
            'batch_remove',
            `command line (${os.userInfo().username}): removed batch ${id} ` +
              `(${removed.batch.file_name ?? removed.batch.source}), ${removed.removed.contacts} contacts`,
          );
          return removed;
        },
        { mustExist: true },
      );
      const m = r.removed;
      console.log(`Removed batch ${id} (${r.batch.file_name ?? r.batch.source}).`);
      console.log(
        `  contacts ${n(m.contacts)} | personal ${n(m.personal)} | area rows ${n(m.areas)} | linked ${n(m.links)}` +
          ` | crimes ${n(m.crimes)} | rejects ${n(m.rejects)} | other reports relinked ${n(r.relinked)}`,
      );
    });
}

export function batchCommand(): Command {
  return new Command('batch')
    .description('list and remove load batches')
    .addCommand(listCommand())
    .addCommand(removeCommand());
}
