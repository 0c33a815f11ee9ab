import type { Migration } from './migration.ts';

/** What the synthetic data generator planted in each batch it loaded (server/contract/planted-truth.ts). */
export const generator: Migration = {
  id: 4,
  name: 'generator',
  up: `
      create table planted_truth (
        batch_id integer primary key,
        truth json not null
      );
    `,
};
