import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

export interface PersonalRow {
  [k: string]: unknown;
  name: string | null;
  phone: string | null;
  address: string | null;
  description: string | null;
}

/** The personal fields of one record; the caller has already checked the user may see them. */
export async function personalFieldsOf(db: Executor, id: number): Promise<PersonalRow> {
  const [row] = await db.all<PersonalRow>(sql`select name, phone, address, description
    from contact_personal where contact_id = ${id} limit 1`);
  return row ?? { name: null, phone: null, address: null, description: null };
}
