import type { Migration } from './migration.ts';

/**
 * area_cell is each layer's lookup for assigning contacts: quadtree cells (server/geo/cell-key.ts)
 * lying wholly in one area, and, with a null code, the finest cells an edge crosses.
 */
export const geography: Migration = {
  id: 2,
  name: 'geography',
  up: `
      create table area_cell (
        layer_id varchar not null,
        level tinyint not null,
        cell bigint not null,
        area_code varchar
      );
      create table area_deprivation (
        layer_id varchar not null,
        area_code varchar not null,
        imd_rank integer not null,
        imd_decile tinyint not null,
        primary key (layer_id, area_code)
      );
      create table area_data_source (
        layer_id varchar not null,
        kind varchar not null,
        file_name varchar not null,
        value_column varchar not null,
        areas integer not null,
        loaded_at timestamp not null default current_timestamp,
        primary key (layer_id, kind)
      );
    `,
};
