import type { Migration } from './migration.ts';

/**
 * The audit log. Append-only: nothing in the product updates or deletes it (no route, no query), and
 * each value is stored as given in its own column, control characters escaped, so no value forges a line.
 */
export const audit: Migration = {
  id: 9,
  name: 'audit',
  up: `
      create sequence if not exists seq_audit start 1;
      create table audit_log (
        id bigint primary key default nextval('seq_audit'),
        logged_at timestamp not null default timezone('UTC', current_timestamp),
        user_id integer,
        username varchar,
        agency_code varchar,
        role varchar,
        action varchar not null,
        ip varchar,
        detail varchar not null,
        record_ids bigint[] not null default [],
        reason varchar
      );
    `,
};
