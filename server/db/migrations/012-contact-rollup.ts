import type { Migration } from './migration.ts';

/**
 * Contacts counted by batch, month, category, agency and the base-layer areas holding them (`combo`:
 * each tag `layer<US>code` between record separators, sorted, so one string names a contact's areas in
 * every base layer). Dashboard counts over whole months read it instead of every contact; it is kept per
 * batch by the loaders and rebuilt when a base layer changes. `rollup_version` equals `data_version`
 * while it is complete. Existing contacts are counted here; hidden layers (drawn_, problem_, eval_) are not
 * in it, as they were the only hidden layers when this step was written.
 */
export const contactRollup: Migration = {
  id: 12,
  name: 'contact-rollup',
  up: `
      create table contact_rollup (
        batch_id integer not null,
        month date not null,
        category varchar not null,
        agency_code varchar not null,
        combo varchar not null,
        contacts integer not null,
        month_only integer not null
      );
      insert into contact_rollup
        select c.batch_id, date_trunc('month', c.received_on)::date, c.category, c.agency_code,
          coalesce(t.combo, chr(30)), count(*)::integer,
          (count(*) filter (where c.time_precision = 'month'))::integer
        from contact c left join (
          select contact_id,
            chr(30) || array_to_string(list_sort(list(distinct layer_id || chr(31) || area_code)), chr(30)) || chr(30) as combo
          from contact_area
          where not (starts_with(layer_id, 'drawn_') or starts_with(layer_id, 'problem_') or starts_with(layer_id, 'eval_'))
          group by contact_id
        ) t on t.contact_id = c.id
        group by all;
      insert into app_meta select 'rollup_version', value from app_meta where key = 'data_version';
    `,
};
