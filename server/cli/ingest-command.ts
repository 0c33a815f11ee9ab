import os from 'node:os';
import { recordAudit } from '../services/audit/record-audit.ts';
import path from 'node:path';
import { Command, Option } from 'commander';
import {
  DEFAULT_LINK,
  LOAD_FORMATS,
  ON_ERROR,
  type IngestOptions,
  type IngestProgress,
  type LoadFormat,
} from '../ingest/ingest-options.ts';
import { withDbOption, type DbFlag } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import { withDb } from './with-db.ts';

interface IngestFlags extends DbFlag {
  format: LoadFormat;
  mapping?: string;
  onError: IngestOptions['onError'];
  user?: string;
  rejectsDir: string;
  linkMetres: string;
  linkMinutes: string;
}

const positive = (name: string, v: string) => {
  const x = Number(v);
  if (!Number.isFinite(x) || x <= 0) throw new CliError(`${name} must be a positive number, not "${v}".`);
  return x;
};

export function ingestCommand(): Command {
  return withDbOption(new Command('ingest'))
    .description(
      'load contact records: data.police.uk street CSV, the canonical contact CSV, or any export through a mapping profile',
    )
    .argument('<files...>', 'CSV files, plain or .csv.gz; each becomes one batch')
    .addOption(
      new Option('--format <format>', 'source format (postcodes: a postcode centroid lookup)')
        .choices(LOAD_FORMATS)
        .makeOptionMandatory(),
    )
    .option(
      '--mapping <profile.json>',
      'mapping profile (required for --format mapped); see docs/ingest-mapping.md',
    )
    .addOption(
      new Option('--on-error <policy>', 'bad rows reject the whole file, or are set aside')
        .choices(ON_ERROR)
        .default('reject-file'),
    )
    .option('--user <name>', 'who loads (recorded on the batch; default: the system user)')
    .option('--rejects-dir <dir>', "where each file's rejects CSV is written", '.')
    .option('--link-metres <m>', 'link reports at most this far apart', String(DEFAULT_LINK.metres))
    .option(
      '--link-minutes <min>',
      'link reports at most this far apart in time',
      String(DEFAULT_LINK.minutes),
    )
    .action(async (files: string[], opts: IngestFlags) => {
      if (opts.format === 'mapped' && !opts.mapping)
        throw new CliError('--format mapped needs --mapping profile.json.');
      const [{ ingestFiles }, { totalLine }] = await Promise.all([
        import('../ingest/ingest-files.ts'),
        import('../ingest/report-lines.ts'),
      ]);
      const options: Omit<IngestOptions, 'format'> & { format: LoadFormat } = {
        format: opts.format,
        onError: opts.onError,
        user: opts.user ?? os.userInfo().username,
        rejectsDir: path.resolve(opts.rejectsDir),
        link: {
          metres: positive('--link-metres', opts.linkMetres),
          minutes: positive('--link-minutes', opts.linkMinutes),
        },
      };
      const bar = process.stderr.isTTY ? progressBar() : null;
      const reports = await withDb(opts.db, async (db) => {
        const done = await ingestFiles(
          db,
          files.map((f) => path.resolve(f)),
          { ...options, profilePath: opts.mapping },
          {
            onProgress: bar?.update,
            onReport: (_report, lines) => {
              bar?.clear();
              for (const line of lines) console.log(line);
            },
          },
        );
        for (const r of done)
          await recordAudit(
            db,
            {},
            'upload',
            `command line (${options.user}): ${path.basename(r.file)} ${r.outcome}` +
              (r.batchId === null ? '' : ` as batch ${r.batchId}`) +
              `, ${r.counts.loaded} loaded, ${r.counts.rejected} rejected`,
          );
        return done;
      });
      if (reports.length > 1) console.log(totalLine(reports));
      if (reports.some((r) => r.outcome === 'rejected')) process.exitCode = 1;
    });
}

/** One line on stderr, redrawn at most ten times a second: phase, share done, rows so far. */
function progressBar(): { update: (p: IngestProgress) => void; clear: () => void } {
  let last = 0;
  const width = 24;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.phase !== 'done') return;
      last = now;
      const f = p.fraction ?? 0;
      const filled = Math.round(f * width);
      const bar = p.fraction === null ? '~'.repeat(width) : '#'.repeat(filled) + '-'.repeat(width - filled);
      const about = p.phase === 'loading' ? '~' : '';
      const rows = p.rows === null ? '' : `  ${about}${p.rows.toLocaleString('en-GB')} rows`;
      process.stderr.write(
        `\r\x1b[K[${bar}] ${String(Math.round(f * 100)).padStart(3)}%  ${p.phase}${rows}  ${path.basename(p.file)}`,
      );
    },
    clear() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
