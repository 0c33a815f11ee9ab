import { join, sql, type Sql } from '../db/sql.ts';
import { BASE_LAYER_ID } from './hidden-layers.ts';

/**
 * The statements that count contacts into contact_rollup (contact-rollup.ts runs them): a row per batch,
 * month received, category, agency and combo (the contact's area in every base layer, as
 * `<RS>layer<US>code<RS>..` tags in layer order), with its contacts and how many give a month only.
 */
const code = (text: string): Sql => ({ text, params: [] });
const column = (i: number): Sql => code(`a${i}`);

/** The combo of columns a0, a1, .. (each layer's area code or null), as contact_rollup stores it. */
function comboOf(layers: readonly string[]): Sql {
  const tags = layers.map((id, i) => sql`${id} || chr(31) || ${column(i)}`);
  return layers.length
    ? sql`chr(30) || coalesce(nullif(concat_ws(chr(30), ${join(tags, ', ')}), '') || chr(30), '')`
    : sql`chr(30)`;
}

const rollupRow = (layers: readonly string[]): Sql => sql`insert into contact_rollup
    select batch_id, month, category, agency_code, ${comboOf(layers)}, contacts, month_only from`;
const groupColumns = (layers: readonly string[]): Sql =>
  sql`c.batch_id, date_trunc('month', c.received_on)::date as month, c.category, c.agency_code${join(
    layers.map((_, i) => sql`, ${column(i)}`),
    '',
  )}, count(*)::integer as contacts, (count(*) filter (where c.time_precision = 'month'))::integer as month_only`;

/**
 * Rows of contact_rollup for the contacts of `batches` (a condition on a batch_id column) with ids lo..hi,
 * each contact joined with its area in each base layer. Right only while no contact has two areas in one
 * layer (a contact would count twice: count checks) nor areas of a layer no longer listed: joins by id
 * cost about half of grouping the area rows by contact.
 */
export function rollupJoined(
  layers: readonly string[],
  batches: (column: Sql) => Sql,
  lo: number,
  hi: number,
): Sql {
  const areas = layers.map(
    (id, i) => sql` left join (select contact_id, area_code as ${column(i)} from contact_area
      where layer_id = ${id} and contact_id between ${lo} and ${hi}) l${column(i)} on l${column(i)}.contact_id = c.id`,
  );
  return sql`${rollupRow(layers)} (select ${groupColumns(layers)}
      from contact c${join(areas, '')}
      where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi}
      group by all)`;
}

/**
 * The same where some contact may not fit (see rollupJoined), for the contacts with at most one area in
 * each listed layer and none in another: each contact's area per layer by a filtered aggregate.
 */
export function rollupOf(
  layers: readonly string[],
  batches: (column: Sql) => Sql,
  lo: number,
  hi: number,
): Sql {
  const codes = layers.map((id, i) => sql`, max(area_code) filter (where layer_id = ${id}) as ${column(i)}`);
  const present = join([sql`0`, ...layers.map((_, i) => sql`(t.${column(i)} is not null)::integer`)], ' + ');
  return sql`${rollupRow(layers)} (select ${groupColumns(layers)}
      from contact c left join (
        select contact_id ${join(codes, '')}, count(*) as rows
        from contact_area
        where ${BASE_LAYER_ID} and contact_id between ${lo} and ${hi}
        group by contact_id
      ) t on t.contact_id = c.id
      where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi} and (t.rows is null or t.rows = ${present})
      group by all)`;
}

/** The same for the other contacts of lo..hi (two areas in one layer, or areas of a layer no longer listed). */
export function rollupOfSeveral(
  layers: readonly string[],
  batches: (column: Sql) => Sql,
  lo: number,
  hi: number,
): Sql {
  const listed = layers.length
    ? sql`count(distinct layer_id) filter (where layer_id in (${join(
        layers.map((id) => sql`${id}`),
        ', ',
      )}))`
    : sql`0`;
  return sql`insert into contact_rollup
    select c.batch_id, date_trunc('month', c.received_on)::date, c.category, c.agency_code, t.combo,
      count(*)::integer, (count(*) filter (where c.time_precision = 'month'))::integer
    from contact c join (
      select contact_id,
        chr(30) || array_to_string(list_sort(list(distinct layer_id || chr(31) || area_code)), chr(30)) || chr(30) as combo
      from contact_area
      where ${BASE_LAYER_ID} and contact_id between ${lo} and ${hi}
      group by contact_id
      having count(*) > ${listed}
    ) t on t.contact_id = c.id
    where ${batches(sql`c.batch_id`)} and c.id between ${lo} and ${hi}
    group by all`;
}
