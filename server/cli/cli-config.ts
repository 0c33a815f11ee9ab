import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { CliError } from './cli-error.ts';

type Overrides = Partial<Record<keyof Config, string | undefined>>;

/** The environment's configuration with command-line options on top; a bad value is a CliError. */
export function cliConfig(overrides: Overrides = {}): Config {
  const set = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  try {
    return loadConfig({ ...process.env, ...set });
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
}

function defaultDbPath(): string | undefined {
  try {
    return loadConfig({ ICSB_DB: process.env.ICSB_DB }).ICSB_DB;
  } catch {
    return undefined;
  }
}

/** Every subcommand takes --db; its default is ICSB_DB, else the configured default. */
export const withDbOption = (command: Command): Command =>
  command.option('--db <path>', 'DuckDB database file (env ICSB_DB)', defaultDbPath());

export interface DbFlag {
  db?: string;
}
