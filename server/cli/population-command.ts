import { Command } from 'commander';
import type { AreaValueKind, AreaValuesResult } from '../ingest/population/load-area-values.ts';
import { withDbOption, type DbFlag } from './cli-config.ts';
import { withDb } from './with-db.ts';

interface ValuesOptions extends DbFlag {
  layer: string;
  codeColumn: string;
  allowUnknownCodes?: boolean;
}

export function populationCommand(): Command {
  return new Command('population')
    .description('load residents and deprivation per area from CSV (rates per 1,000, IMD)')
    .addCommand(
      valuesCommand('load', "store each area's residents (replaces the layer's populations)")
        .requiredOption(
          '--population-column <name>',
          'column with the residents, e.g. "Total population: mid 2015 (excluding prisoners)"',
        )
        .action(async (file: string, o: ValuesOptions & { populationColumn: string }) => {
          const { populationKind } = await import('../ingest/population/area-value-kinds.ts');
          report(await run(file, o, populationKind(o.populationColumn)), 'populations');
        }),
    )
    .addCommand(
      valuesCommand('deprivation', "store each area's IMD rank and decile (replaces the layer's)")
        .requiredOption('--rank-column <name>', 'column with the IMD rank (1 = most deprived)')
        .requiredOption('--decile-column <name>', 'column with the IMD decile (1..10)')
        .action(async (file: string, o: ValuesOptions & { rankColumn: string; decileColumn: string }) => {
          const { deprivationKind } = await import('../ingest/population/area-value-kinds.ts');
          report(await run(file, o, deprivationKind(o.rankColumn, o.decileColumn)), 'deprivation values');
        }),
    );
}

function valuesCommand(name: string, description: string): Command {
  return withDbOption(new Command(name))
    .description(description)
    .argument('<file>', 'CSV file with a header (UTF-8, BOM and CRLF allowed; "1,928" is read as 1928)')
    .requiredOption('--layer <id>', 'boundary layer the codes belong to, e.g. lsoa11')
    .requiredOption('--code-column <name>', 'column with the area code, e.g. "LSOA code (2011)"')
    .option('--allow-unknown-codes', 'load rows whose code the layer has and report the others');
}

async function run(file: string, o: ValuesOptions, kind: AreaValueKind): Promise<AreaValuesResult> {
  const { loadAreaValues } = await import('../ingest/population/load-area-values.ts');
  const load = {
    layerId: o.layer,
    file,
    codeColumn: o.codeColumn,
    allowUnknownCodes: o.allowUnknownCodes ?? false,
  };
  return withDb(o.db, (db) => loadAreaValues(db, load, kind), { mustExist: true });
}

function report(r: AreaValuesResult, what: string): void {
  console.log(`Stored ${r.rows} ${what} for layer ${r.layerId} in ${r.ms} ms.`);
  if (r.unknown > 0)
    console.log(
      `${r.unknown} row(s) with codes not in the layer were not stored, e.g. ${r.unknownExamples.join(', ')}.`,
    );
  if (r.missing > 0)
    console.log(`${r.missing} area(s) of the layer have no value, e.g. ${r.missingExamples.join(', ')}.`);
}
