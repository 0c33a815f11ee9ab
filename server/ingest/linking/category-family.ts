import { CATEGORIES, type Category } from '../../contract/taxonomy.ts';
import { join, sql, type Sql } from '../../db/sql.ts';

/**
 * Categories that one incident can be reported under by different agencies: a fly-tip may reach the
 * council as fly-tipping and the police as damage; a loud party may reach housing as noise and the
 * police as rowdy behaviour. 'unclassified' matches only itself, so an unknown category links to nothing
 * it might not be.
 */
export const CATEGORY_FAMILY: Record<Category, string> = {
  vandalism: 'environment',
  fly_tipping: 'environment',
  abandoned_vehicles: 'environment',
  street_lighting: 'environment',
  noise: 'behaviour',
  rowdy: 'behaviour',
  intimidation: 'behaviour',
  drugs: 'behaviour',
  unclassified: 'unclassified',
};

const FAMILIES = [...new Set(Object.values(CATEGORY_FAMILY))];

/**
 * The family of a category column as a small number (its place among the families), a SQL expression:
 * reports are matched on it, and numbers compare faster than names.
 */
export function familyOf(category: Sql): Sql {
  const arms = CATEGORIES.map(
    (c) => sql`when ${c} then ${{ text: String(FAMILIES.indexOf(CATEGORY_FAMILY[c]) + 1), params: [] }}`,
  );
  return sql`case ${category} ${join(arms, ' ')} end::utinyint`;
}
