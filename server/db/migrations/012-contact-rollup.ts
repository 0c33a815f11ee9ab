import type { Migration } from './migration.ts';

/**
 * Contacts counted by batch, month, category, agency and the base-layer areas holding them (`combo`:
 * each tag `layer<US>code` between record separators, sorted, so one string names a contact's areas in
 * every base layer). Dashboard counts over whole months read it instead of every contact; it is kept per
 * batch by the loaders and rebuilt when a base layer changes. `rollup_version` equals `data_version`
 * while it is complete: at once for a database without contacts; one with contacts is counted when the
 * server starts (ensureRollup), in slices that keep within the memory limit.
 */
export const contactRollup: Migration = {
  id: 12,
  name: 'contact-rollup',
  up: `
      create table contact_rollup (
        batch_id integer not null,
        month date not null,
        category varchar not null,
        agency_code varchar not null,
        combo varchar not null,
        contacts integer not null,
        month_only integer not null
      );
      insert into app_meta select 'rollup_version', value from app_meta
        where key = 'data_version' and not exists (select 1 from contact);
    `,
};
