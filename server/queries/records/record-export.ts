import type { Executor } from '../../db/database.ts';
import { join, sql, type Sql } from '../../db/sql.ts';
import type { PersonalRow } from './record-personal.ts';
import {
  RECORD_COLUMNS,
  RECORD_FROM,
  recordOrder,
  recordWhere,
  type RecordDbRow,
  type RecordSelection,
} from './record-columns.ts';

/** The records whose personal fields a user may see, as the access policy worked them out. */
export interface RevealScope {
  ownAgency: string;
  shared: readonly { agency: string; categories: readonly string[] | null }[];
}

export type ExportDbRow = RecordDbRow & PersonalRow & { revealable: boolean };

const inList = (values: readonly string[]) =>
  join(
    values.map((v) => sql`${v}`),
    ', ',
  );

/** A where-clause over `contact c` true exactly for the records in scope (false when none are). */
export function revealScopeSql(scope: RevealScope): Sql {
  const parts: Sql[] = [];
  if (scope.ownAgency) parts.push(sql`c.agency_code = ${scope.ownAgency}`);
  for (const s of scope.shared) {
    parts.push(
      s.categories === null
        ? sql`c.agency_code = ${s.agency}`
        : sql`(c.agency_code = ${s.agency} and c.category in (${inList(s.categories)}))`,
    );
  }
  return parts.length === 0 ? sql`false` : sql`(${join(parts, ' or ')})`;
}

/**
 * Up to `limit` records in the chosen order; personal fields are joined only for records in scope, so
 * no other record's personal data leaves the database.
 */
export async function exportRows(
  db: Executor,
  s: RecordSelection,
  scope: RevealScope,
  limit: number,
): Promise<ExportDbRow[]> {
  const revealable = revealScopeSql(scope);
  return db.all<ExportDbRow>(sql`with picked as (
      select ${RECORD_COLUMNS}, ${revealable} as revealable, c.id as contact_id,
        row_number() over (order by ${recordOrder(s)}) as pos
      from ${RECORD_FROM} where ${recordWhere(s)}
      order by ${recordOrder(s)} limit ${limit}
    ), personal as (
      -- Only the records in scope reach contact_personal; an equi-join on the bigint id stays a hash join.
      select cp.contact_id, cp.name, cp.phone, cp.address, cp.description
      from contact_personal cp semi join picked p on p.contact_id = cp.contact_id and p.revealable
    )
    select p.* exclude (pos, contact_id), x.name, x.phone, x.address, x.description
    from picked p left join personal x on x.contact_id = p.contact_id
    order by p.pos`);
}
