import { listValue } from '@duckdb/node-api';
import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';

export interface AgreementRow {
  [k: string]: unknown;
  id: number;
  from_agency: string;
  to_agency: string;
  categories: string[];
  purpose: string;
  starts: string;
  ends: string | null;
  created_by: string;
  created_at: string;
  updated_by: string | null;
  updated_at: string | null;
}

const COLUMNS = sql`id, from_agency, to_agency, categories, purpose, starts::varchar as starts,
  ends::varchar as ends, created_by, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') as created_at, updated_by,
  strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') as updated_at`;

// DuckDB cannot type an empty bound list, so an empty one is a literal.
const categoryList = (c: readonly string[]): Sql =>
  c.length === 0 ? sql`[]::varchar[]` : sql`${listValue([...c])}::varchar[]`;

export async function listAgreements(db: Executor): Promise<AgreementRow[]> {
  return db.all<AgreementRow>(sql`select ${COLUMNS} from sharing_agreement order by id`);
}

/** Agreements naming `toAgency` as recipient (the policy decides which are in force). */
export async function agreementsTo(db: Executor, toAgency: string): Promise<AgreementRow[]> {
  return db.all<AgreementRow>(sql`select ${COLUMNS} from sharing_agreement where to_agency = ${toAgency}`);
}

export async function findAgreement(db: Executor, id: number): Promise<AgreementRow | null> {
  const rows = await db.all<AgreementRow>(sql`select ${COLUMNS} from sharing_agreement where id = ${id}`);
  return rows[0] ?? null;
}

export async function insertAgreement(
  db: Executor,
  a: {
    fromAgency: string;
    toAgency: string;
    categories: readonly string[];
    purpose: string;
    starts: string;
    ends: string | null;
    createdBy: string;
  },
): Promise<number> {
  const rows = await db.all<{ id: number }>(sql`insert into sharing_agreement
      (from_agency, to_agency, categories, purpose, starts, ends, created_by)
    values (${a.fromAgency}, ${a.toAgency}, ${categoryList(a.categories)}, ${a.purpose}, ${a.starts}::date,
      ${a.ends}::date, ${a.createdBy}) returning id`);
  return rows[0]?.id ?? 0;
}

/** Rewrites the changeable terms (the caller merges the patch into the stored row). */
export async function updateAgreement(
  db: Executor,
  id: number,
  a: {
    categories: readonly string[];
    purpose: string;
    starts: string;
    ends: string | null;
    updatedBy: string;
  },
): Promise<void> {
  await db.run(sql`update sharing_agreement set categories = ${categoryList(a.categories)},
      purpose = ${a.purpose}, starts = ${a.starts}::date, ends = ${a.ends}::date, updated_by = ${a.updatedBy},
      updated_at = timezone('UTC', current_timestamp)
    where id = ${id}`);
}
