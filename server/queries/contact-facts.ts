import type { Filters } from '../contract/filters.ts';
import { isHiddenLayer } from '../contract/hidden-layers.ts';
import type { Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
import { contactFilter, list } from './contact-filter.ts';
import { rollupReady } from './contact-rollup.ts';
import { splitPeriod } from './period-parts.ts';

/**
 * What the counts are split by besides month, category and agency: `area` adds area_code, one row per
 * area of the layer holding the contacts (null outside it); `inLayer` adds in_layer and populated (in an
 * area of the layer; in one with residents), each contact counted once.
 */
export type FactSplit = { area: string } | { inLayer: string } | null;

/** A base layer's tag in a rollup combo: `<RS>layer<US>code<RS>`, or the start of one. */
const tagOf = (layer: string, code = ''): Sql =>
  code === ''
    ? sql`chr(30) || ${layer} || chr(31)`
    : sql`chr(30) || ${layer} || chr(31) || ${code} || chr(30)`;

const tagsIn = (layer: string): Sql =>
  sql`list_filter(string_split(r.combo, chr(30)), lambda t: starts_with(t, ${layer} || chr(31)))`;

function rollupSplit(by: FactSplit): Sql {
  if (by === null) return sql``;
  if ('area' in by)
    return sql`unnest(case when contains(r.combo, ${tagOf(by.area)})
      then list_transform(${tagsIn(by.area)}, lambda t: substr(t, length(${by.area}) + 2)) else [null] end) as area_code, `;
  const populated = sql`(select list(${by.inLayer} || chr(31) || code) from area
    where layer_id = ${by.inLayer} and population is not null)`;
  return sql`contains(r.combo, ${tagOf(by.inLayer)}) as in_layer,
    coalesce(list_has_any(${tagsIn(by.inLayer)}, ${populated}), false) as populated, `;
}

function fromRollup(f: Filters, months: { first: string; last: string }, by: FactSplit): Sql {
  const parts = [sql`r.month between ${months.first}::date and ${months.last}::date`];
  if (f.category.length > 0) parts.push(sql`r.category in (${list(f.category)})`);
  if (f.agency.length > 0) parts.push(sql`r.agency_code in (${list(f.agency)})`);
  if (f.area) parts.push(sql`contains(r.combo, ${tagOf(f.area.layer, f.area.code)})`);
  return sql`select r.month, r.category, r.agency_code, ${rollupSplit(by)}r.contacts, r.month_only
    from contact_rollup r where ${join(parts, ' and ')}`;
}

function contactSplit(by: FactSplit): { columns: Sql; joined: Sql } {
  if (by === null) return { columns: sql``, joined: sql`` };
  if ('area' in by)
    return {
      columns: sql`ca.area_code, `,
      joined: sql` left join (select distinct contact_id, area_code from contact_area
        where layer_id = ${by.area}) ca on ca.contact_id = c.id`,
    };
  const tagged = sql`select 1 from contact_area ca join area a on a.layer_id = ca.layer_id and a.code = ca.area_code
    where ca.contact_id = c.id and ca.layer_id = ${by.inLayer}`;
  return {
    columns: sql`exists (${tagged}) as in_layer, exists (${tagged} and a.population is not null) as populated, `,
    joined: sql``,
  };
}

function fromContacts(f: Filters, days: { from: string; to: string }[], by: FactSplit): Sql {
  const where = join(
    days.map((d) => sql`(${contactFilter({ ...f, ...d })})`),
    ' or ',
  );
  const { columns, joined } = contactSplit(by);
  return sql`select date_trunc('month', c.received_on)::date as month, c.category, c.agency_code, ${columns}
      count(*)::integer as contacts, (count(*) filter (where c.time_precision = 'month'))::integer as month_only
    from contact c${joined} where ${where} group by all`;
}

const layerOf = (by: FactSplit) => (by === null ? null : 'area' in by ? by.area : by.inLayer);

/**
 * The contacts matching f counted by month, category and agency (and `by`): a relation of rows (month,
 * category, agency_code, [split columns,] contacts, month_only) to be summed. Whole months come from
 * contact_rollup while it is current; the odd days at either end, hidden layers, and everything when
 * it is not, from the contacts themselves.
 */
export async function contactFacts(db: Executor, f: Filters, by: FactSplit = null): Promise<Sql> {
  const layer = layerOf(by);
  const hidden = (f.area !== null && isHiddenLayer(f.area.layer)) || (layer !== null && isHiddenLayer(layer));
  const parts = !hidden && (await rollupReady(db)) ? splitPeriod(f.from, f.to) : null;
  if (!parts) return fromContacts(f, [{ from: f.from, to: f.to }], by);
  const branches: Sql[] = [];
  if (parts.months) branches.push(fromRollup(f, parts.months, by));
  if (parts.days.length > 0) branches.push(fromContacts(f, parts.days, by));
  return join(branches, ' union all ');
}
