import type { Migration } from './migration.ts';

/**
 * Targets the admins set for the board: a rate per 1,000 residents per quarter for an area of a layer
 * (null area: every area of it), or a share resolved within SLA for an agency (null: all agencies);
 * a null category means all categories.
 */
export const boardTargets: Migration = {
  id: 5,
  name: 'board-targets',
  up: `
      create sequence if not exists seq_board_target start 1;
      create table board_target (
        id integer primary key default nextval('seq_board_target'),
        measure varchar not null,
        layer_id varchar,
        area_code varchar,
        agency_code varchar,
        category varchar,
        target double not null,
        better varchar not null,
        set_by varchar not null,
        set_at timestamp not null default current_timestamp
      );
    `,
};
