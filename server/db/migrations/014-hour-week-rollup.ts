import type { Migration } from './migration.ts';

/**
 * The hour x weekday matrix per batch: each record's window spread over the hours of the week (local
 * time, as the Trends page shows it) and summed by month received, category and agency (`cell`:
 * weekday * 24 + hour, Monday first), and the records counted by kind, with the weight their whole
 * weeks add to every cell (`every_hour`). Kept per batch with contact_rollup (current with it, by
 * `rollup_version`); a database that already holds contacts leaves every rollup stale, so the server
 * counts them again when it starts.
 */
export const hourWeekRollup: Migration = {
  id: 14,
  name: 'hour-week-rollup',
  up: `
      create table hour_week_rollup (
        batch_id integer not null,
        month date not null,
        category varchar not null,
        agency_code varchar not null,
        cell utinyint not null,
        weight double not null
      );
      create table hour_week_count (
        batch_id integer not null,
        month date not null,
        category varchar not null,
        agency_code varchar not null,
        records integer not null,
        windowed integer not null,
        month_only integer not null,
        day_only integer not null,
        invalid integer not null,
        every_hour double not null
      );
      delete from app_meta where key = 'rollup_version' and exists (select 1 from contact);
    `,
};
