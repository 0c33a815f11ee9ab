import type { Migration } from './migration.ts';

/** Information sharing agreements: which agency shares which categories (empty = all) with which, and when. */
export const sharing: Migration = {
  id: 10,
  name: 'sharing',
  up: `
      create sequence if not exists seq_agreement start 1;
      create table sharing_agreement (
        id integer primary key default nextval('seq_agreement'),
        from_agency varchar not null references agency(code),
        to_agency varchar not null references agency(code),
        categories varchar[] not null default [],
        purpose varchar not null,
        starts date not null,
        ends date,
        created_by varchar not null,
        created_at timestamp not null default timezone('UTC', current_timestamp),
        updated_by varchar,
        updated_at timestamp
      );
    `,
};
