import type { Migration } from './migration.ts';

/** Personal fields live apart from contact so aggregate queries cannot touch them. */
export const core: Migration = {
  id: 1,
  name: 'core',
  up: `
      create sequence if not exists seq_batch start 1;
      create sequence if not exists seq_user start 1;
      create table agency (
        code varchar primary key,
        name varchar not null,
        kind varchar not null
      );
      create table app_user (
        id integer primary key default nextval('seq_user'),
        username varchar not null unique,
        agency_code varchar not null references agency(code),
        role varchar not null,
        password_hash varchar not null,
        disabled boolean not null default false,
        created_at timestamp not null default current_timestamp
      );
      create table user_session (
        token_hash varchar primary key,
        user_id integer not null,
        created_at timestamp not null,
        last_seen_at timestamp not null,
        expires_at timestamp not null
      );
      create table batch (
        id integer primary key default nextval('seq_batch'),
        source varchar not null,
        file_name varchar,
        content_hash varchar,
        rows_read integer not null default 0,
        rows_loaded integer not null default 0,
        rows_rejected integer not null default 0,
        rows_out_of_area integer not null default 0,
        rows_duplicate integer not null default 0,
        loaded_by varchar,
        loaded_at timestamp not null default current_timestamp
      );
      create table contact (
        id bigint not null,
        batch_id integer not null,
        agency_code varchar not null,
        source_record_id varchar,
        channel varchar,
        received_at timestamp,
        received_on date not null,
        time_precision varchar not null,
        from_at timestamp,
        to_at timestamp,
        category varchar not null,
        asb_type varchar not null,
        lat double,
        lon double,
        easting double,
        northing double,
        postcode varchar,
        location_ref varchar,
        caller_ref varchar,
        vulnerable boolean not null default false,
        status varchar,
        referral_partner varchar,
        resolved_at timestamp,
        sla_target_hours integer,
        out_of_area boolean not null default false,
        incident_id bigint
      );
      create table contact_personal (
        contact_id bigint not null,
        name varchar,
        phone varchar,
        address varchar,
        description varchar
      );
      create table boundary_layer (
        id varchar primary key,
        name varchar not null,
        source varchar,
        loaded_at timestamp not null default current_timestamp
      );
      create table area (
        layer_id varchar not null,
        code varchar not null,
        name varchar not null,
        population integer,
        geometry json not null,
        min_lon double, min_lat double, max_lon double, max_lat double,
        primary key (layer_id, code)
      );
      create table contact_area (
        contact_id bigint not null,
        layer_id varchar not null,
        area_code varchar not null
      );
      create table app_meta (
        key varchar primary key,
        value varchar not null
      );
      insert into app_meta values ('data_version', '0');
    `,
};
