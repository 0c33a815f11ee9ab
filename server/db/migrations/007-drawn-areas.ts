import type { Migration } from './migration.ts';

/**
 * Areas users draw on the map. Each is a boundary layer of its own (drawn_<code>, one area <code>)
 * so overlapping drawings each keep all their contacts and `area=drawn_<code>:<code>` filters like
 * any area. This table holds what a boundary layer does not: who drew it, when, whether others may
 * see it; the sequence numbers the default names.
 */
export const drawnAreas: Migration = {
  id: 7,
  name: 'drawn-areas',
  up: `
      create sequence if not exists seq_drawn_area start 1;
      create table drawn_area (
        code varchar primary key,
        layer_id varchar not null unique,
        name varchar not null,
        shared boolean not null default false,
        created_by integer not null,
        created_at timestamp not null default current_timestamp,
        area_m2 double not null
      );
    `,
};
