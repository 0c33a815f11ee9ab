import type { Migration } from './migration.ts';

/**
 * The contacts that can be open at some month's end, narrow and in date order: received in one month and
 * resolved in a later one, or still open or in progress (month-only records, referrals and closures
 * without a time never count as open). The board's backlog at a quarter's end reads these (about one
 * contact in ten) instead of every contact ever received. Kept per batch with contact_rollup and current
 * with it (`rollup_version`); a database already holding contacts has its rollups marked stale, so the
 * server fills them when it starts.
 */
export const serviceRollup: Migration = {
  id: 13,
  name: 'service-rollup',
  up: `
      create table service_open (
        batch_id integer not null,
        id bigint not null,
        received_on date not null,
        received timestamp not null,
        resolved_at timestamp,
        category varchar not null,
        agency_code varchar not null,
        sla_target_hours integer
      );
      delete from app_meta where key = 'rollup_version' and exists (select 1 from contact);
    `,
};
