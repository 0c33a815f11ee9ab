import type { Migration } from './migration.ts';

/**
 * How many months each agency's contacts are kept (icsb retention, icsb purge); an agency without a row
 * keeps them. A table of its own rather than a column of agency, whose key other tables reference.
 */
export const retention: Migration = {
  id: 11,
  name: 'retention',
  up: `
      create table agency_retention (
        agency_code varchar primary key,
        months integer not null check (months > 0)
      );
    `,
};
