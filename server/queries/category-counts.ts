import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFacts } from './contact-facts.ts';

export interface CategoryCount {
  [k: string]: unknown;
  category: string;
  contacts: number;
}

/** Contacts per category, most first (ties by category code). */
export async function categoryCounts(db: Executor, f: Filters): Promise<CategoryCount[]> {
  return db.all<CategoryCount>(sql`select category, sum(contacts)::integer as contacts
    from (${await contactFacts(db, f)})
    group by category order by contacts desc, category`);
}
