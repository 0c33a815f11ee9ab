import type { Migration } from './migration.ts';

/**
 * Joint tasking: problems (their place is also hidden layer problem_<id>), the actions agencies take on
 * them with a log of updates, every change kept (who, when, fields before and after), and saved
 * evaluations. `version` counts edits: a change made on an older version is refused as a conflict.
 */
export const tasking: Migration = {
  id: 8,
  name: 'tasking',
  up: `
      create sequence if not exists seq_problem start 1;
      create table problem (
        id integer primary key default nextval('seq_problem'),
        title varchar not null,
        description varchar not null default '',
        place json not null,
        place_label varchar not null,
        layer_id varchar not null,
        area_m2 double not null,
        categories varchar[] not null default [],
        stage varchar not null,
        status varchar not null default 'open',
        owner_agency varchar not null,
        review_date date not null,
        created_by integer not null,
        created_at timestamp not null default current_timestamp,
        updated_by integer not null,
        updated_at timestamp not null default current_timestamp,
        version integer not null default 1
      );
      create sequence if not exists seq_tasking_action start 1;
      create table tasking_action (
        id integer primary key default nextval('seq_tasking_action'),
        problem_id integer not null,
        agency_code varchar not null,
        assignee varchar not null,
        kind varchar not null,
        description varchar not null default '',
        due_date date not null,
        status varchar not null default 'planned',
        completed_on date,
        created_by integer not null,
        created_at timestamp not null default current_timestamp,
        updated_by integer not null,
        updated_at timestamp not null default current_timestamp,
        version integer not null default 1
      );
      create index tasking_action_problem on tasking_action (problem_id);
      create sequence if not exists seq_action_update start 1;
      create table action_update (
        id integer primary key default nextval('seq_action_update'),
        action_id integer not null,
        text varchar not null,
        created_by integer not null,
        created_at timestamp not null default current_timestamp
      );
      create sequence if not exists seq_tasking_change start 1;
      create table tasking_change (
        id integer primary key default nextval('seq_tasking_change'),
        problem_id integer not null,
        entity varchar not null,
        entity_id integer not null,
        change varchar not null,
        fields json not null,
        changed_by integer not null,
        changed_at timestamp not null default current_timestamp
      );
      create index tasking_change_problem on tasking_change (problem_id);
      create sequence if not exists seq_problem_evaluation start 1;
      create table problem_evaluation (
        id integer primary key default nextval('seq_problem_evaluation'),
        problem_id integer not null,
        result json not null,
        run_by integer not null,
        run_at timestamp not null default current_timestamp
      );
      create index problem_evaluation_problem on problem_evaluation (problem_id);
    `,
};
