import { core } from './001-core.ts';
import type { Migration } from './migration.ts';

/** Every schema step in order; add a new file (next free number) and list it here. */
export const MIGRATIONS: readonly Migration[] = [core];
