import fs from 'node:fs';
import { Command } from 'commander';
import type { PlantedTruth } from '../contract/planted-truth.ts';
import { DEFAULT_PERIOD, optionProblems, type GenerateOptions } from '../generate/generate-options.ts';
import { GeneratorError } from '../generate/generator-error.ts';
import type { Site } from '../generate/site/site.ts';
import { CliError } from './cli-error.ts';
import { withDb } from './with-db.ts';

interface GenerateFlags {
  records: string;
  seed: string;
  from: string;
  to: string;
  csv?: string;
  db?: string;
  boundariesFrom?: string;
  truth?: string;
}

interface Generated {
  rows: number;
  truth: PlantedTruth;
  where: string;
}

export function generateCommand(): Command {
  return new Command('generate')
    .description(
      'generate realistic synthetic contacts with planted hotspots, trends and service patterns ' +
        '(the same seed gives the same output, byte for byte)',
    )
    .option('--records <n>', 'how many contact records', '300000')
    .option('--seed <n>', 'random seed', '20240401')
    .option('--from <date>', 'first day, YYYY-MM-DD', DEFAULT_PERIOD.from)
    .option('--to <date>', 'last day, YYYY-MM-DD', DEFAULT_PERIOD.to)
    .option('--csv <file>', 'write the canonical contact CSV (docs/canonical-contact-csv.md); - for stdout')
    .option('--db <path>', 'load into this database: in its boundary layers, else in the fictional district')
    .option('--boundaries-from <path>', 'with --csv: place contacts in the boundary layers of this database')
    .option('--truth <file>', 'write what was planted as JSON (schema: server/contract/planted-truth.ts)')
    .action(async (flags: GenerateFlags) => {
      const options = parseOptions(flags);
      const say = (line: string) => (flags.csv === '-' ? console.error(line) : console.log(line));
      const started = performance.now();
      const { rows, truth, where } = await userErrors(() =>
        flags.csv !== undefined ? toCsv(flags.csv, flags.boundariesFrom, options) : toDb(flags.db, options),
      );
      const seconds = (performance.now() - started) / 1000;
      say(
        `Generated ${rows} records ${where} in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} records/s).`,
      );
      if (flags.truth) {
        fs.writeFileSync(flags.truth, `${JSON.stringify(truth, null, 2)}\n`);
        say(`Wrote what was planted to ${flags.truth}.`);
      }
    });
}

function parseOptions(flags: GenerateFlags): GenerateOptions {
  if ((flags.csv === undefined) === (flags.db === undefined))
    throw new CliError('Give exactly one of --csv FILE and --db PATH.');
  if (flags.boundariesFrom !== undefined && flags.db !== undefined)
    throw new CliError('--boundaries-from goes with --csv; with --db the database uses its own layers.');
  const whole = (s: string) => (/^-?\d+$/.test(s.trim()) ? Number(s) : Number.NaN);
  const options = { records: whole(flags.records), seed: whole(flags.seed), from: flags.from, to: flags.to };
  const problems = optionProblems(options);
  if (problems.length > 0) throw new CliError(problems.join('; '));
  return options;
}

async function userErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw err instanceof GeneratorError ? new CliError(err.message) : err;
  }
}

async function toCsv(
  file: string,
  boundariesFrom: string | undefined,
  options: GenerateOptions,
): Promise<Generated> {
  const { generateCsv } = await import('../generate/generate.ts');
  const out = file === '-' ? process.stdout : fs.createWriteStream(file);
  const { rows, truth } = await generateCsv(out, await csvSite(boundariesFrom), options);
  return { rows, truth, where: file === '-' ? 'to standard output' : `to ${file}` };
}

/** The fictional district, or the boundary layers of the given database. */
async function csvSite(boundariesFrom: string | undefined): Promise<Site> {
  if (boundariesFrom === undefined)
    return (await import('../generate/demoshire/demoshire-site.ts')).demoshireSite();
  const { siteForDb } = await import('../generate/site/site-for-db.ts');
  return withDb(boundariesFrom, async (db) => (await siteForDb(db)).site, { mustExist: true });
}

async function toDb(path: string | undefined, options: GenerateOptions): Promise<Generated> {
  const { generateIntoDb } = await import('../generate/generate.ts');
  const r = await withDb(path, (db) => generateIntoDb(db, options));
  const where = `into ${path} (batch ${r.batchId}, ${r.linked} reports linked to another agency's report of the same incident)`;
  return { rows: r.contacts, truth: r.truth, where };
}
