import type { Migration } from './migration.ts';

/**
 * Contact ingest: what each batch read and set aside, police.uk rows that are not ASB, the area codes
 * a source gives itself (data.police.uk's LSOA), and the postcode centroids an administrator loads for
 * exports that give only a postcode.
 */
export const ingest: Migration = {
  id: 3,
  name: 'ingest',
  up: `
      alter table batch add column format varchar;
      alter table batch add column profile varchar;
      alter table batch add column on_error varchar;
      alter table batch add column rows_other integer default 0;
      alter table batch add column rows_not_geocoded integer default 0;
      alter table batch add column rows_linked integer default 0;
      alter table batch add column report json;
      create unique index batch_content_hash on batch (content_hash);
      create table police_crime (
        batch_id integer not null,
        crime_id varchar,
        month date not null,
        reported_by varchar,
        falls_within varchar,
        lon double,
        lat double,
        location varchar,
        lsoa_code varchar,
        lsoa_name varchar,
        crime_type varchar not null,
        last_outcome varchar,
        context varchar
      );
      create table contact_source_area (
        contact_id bigint not null,
        kind varchar not null,
        code varchar not null
      );
      create table batch_reject (
        batch_id integer not null,
        line bigint,
        column_name varchar,
        value varchar,
        reason varchar not null
      );
      create table postcode_centroid (
        postcode varchar primary key,
        easting double,
        northing double,
        lat double,
        lon double,
        source varchar,
        loaded_at timestamp not null default current_timestamp
      );
    `,
};
